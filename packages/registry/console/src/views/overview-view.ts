import { labelOf, SIGNATORY_KINDS, SIGNATURE_STATUSES } from '@plateformcoop/model';
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { CampaignStats } from '../api-types.js';
import { ConsoleElement } from '../console-element.js';
import { formatDay, formatNumber } from '../format.js';
import { perDayChart } from './per-day-chart.js';

/**
 * The campaign at a glance: key figures, counts by kind and status, signatures per day, the
 * signing collectivities by département, and the public counter widget as sites show it.
 */
@customElement('pc-overview-view')
export class OverviewView extends ConsoleElement {
  @state() private stats: CampaignStats | undefined;
  @state() private error = '';
  /** The registry serves no widgets (`@plateformcoop/widgets` not installed). */
  @state() private counterMissing = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
    // The widgets' own counter, from the registry's /widgets/ (absent when not installed).
    if (
      !customElements.get('plateformcoop-counter') &&
      !document.querySelector('#counter-widget')
    ) {
      const script = document.createElement('script');
      script.id = 'counter-widget';
      script.type = 'module';
      script.src = '/widgets/counter.js';
      script.addEventListener('error', () => {
        this.counterMissing = true;
      });
      document.head.append(script);
    }
  }

  private async load(): Promise<void> {
    const manifesto = this.context.manifesto;
    if (!manifesto) return;
    try {
      this.stats = await this.api.stats(manifesto.id);
    } catch (error) {
      this.error = this.t('error.generic', { message: (error as Error).message });
    }
  }

  private count(kind: string, status: string): number {
    return (
      this.stats?.byKindAndStatus.find((r) => r.kind === kind && r.status === status)?.count ?? 0
    );
  }

  override render(): TemplateResult {
    const s = this.stats;
    const n = (v: number | null | undefined) => formatNumber(v, this.locale);
    const statuses = SIGNATURE_STATUSES.filter((status) =>
      s?.byKindAndStatus.some((r) => r.status === status),
    );
    const pending = s?.byKindAndStatus
      .filter((r) => r.status === 'confirmed')
      .reduce((a, r) => a + r.count, 0);
    return html`
      <h2 id="view-title" tabindex="-1">${this.t('overview.title')}</h2>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${
        !s
          ? html`<p>${this.t('loading')}</p>`
          : html`
            <ul class="figures">
              <li><span class="figure" data-figure="published">${n(s.published)}</span> ${this.t('overview.published')}
                ${s.goal ? html`<span class="muted">(${this.t('overview.goal', { goal: n(s.goal) })})</span>` : nothing}</li>
              <li><span class="figure" data-figure="population">${n(s.populationCovered)}</span> ${this.t('overview.population')}</li>
              <li><a href="#queue"><span class="figure" data-figure="pending">${n(pending)}</span> ${this.t('overview.pending')}</a></li>
            </ul>
            <section>
              <h3 id="by-kind">${this.t('overview.by_kind')}</h3>
              <div class="table-scroll" tabindex="0" role="region" aria-labelledby="by-kind">
                <table>
                  <thead>
                    <tr>
                      <td></td>
                      ${statuses.map((st) => html`<th scope="col">${labelOf('signatureStatus', st, this.locale)}</th>`)}
                    </tr>
                  </thead>
                  <tbody>
                    ${SIGNATORY_KINDS.map(
                      (kind) => html`<tr>
                        <th scope="row">${labelOf('signatoryKind', kind, this.locale)}</th>
                        ${statuses.map((st) => html`<td class="num">${n(this.count(kind, st))}</td>`)}
                      </tr>`,
                    )}
                  </tbody>
                </table>
              </div>
            </section>
            <section>
              <h3 id="per-day">${this.t('overview.per_day')}</h3>
              ${
                s.perDay.length === 0
                  ? html`<p>${this.t('overview.per_day.none')}</p>`
                  : html`${perDayChart(s, this.locale)}
                    <details>
                      <summary>${this.t('overview.per_day')} (${this.t('overview.day')})</summary>
                      <table>
                        <thead><tr>
                          <th scope="col">${this.t('overview.day')}</th>
                          <th scope="col">${this.t('overview.per_day.submitted')}</th>
                          <th scope="col">${this.t('overview.per_day.published')}</th>
                        </tr></thead>
                        <tbody>
                          ${s.perDay.map(
                            (d) => html`<tr><th scope="row">${formatDay(d.day, this.locale)}</th>
                              <td class="num">${n(d.submitted)}</td><td class="num">${n(d.published)}</td></tr>`,
                          )}
                        </tbody>
                      </table>
                    </details>`
              }
            </section>
            <section>
              <h3 id="by-departement">${this.t('overview.by_departement')}</h3>
              <div class="table-scroll" tabindex="0" role="region" aria-labelledby="by-departement">
                <table>
                  <thead><tr>
                    <th scope="col">${this.t('card.departement')}</th>
                    <th scope="col">${this.t('overview.collectivities')}</th>
                    <th scope="col">${this.t('card.population')}</th>
                  </tr></thead>
                  <tbody>
                    ${s.byDepartement.map(
                      (d) => html`<tr>
                        <th scope="row">${d.departementCode} ${d.name ?? ''}</th>
                        <td class="num">${n(d.collectivities)}</td>
                        <td class="num">${n(d.population)}</td>
                      </tr>`,
                    )}
                  </tbody>
                </table>
              </div>
            </section>
            ${
              this.counterMissing
                ? nothing
                : html`<section>
              <h3 id="public-counter">${this.t('overview.public_counter')}</h3>
              <plateformcoop-counter manifesto=${s.manifestoId} registry=${location.origin} lang=${this.locale} live></plateformcoop-counter>
            </section>`
            }
          `
      }
    `;
  }
}
