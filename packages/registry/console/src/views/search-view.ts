import { labelOf, SIGNATORY_KINDS, SIGNATURE_STATUSES } from '@plateformcoop/model';
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { SearchFilters } from '../admin-api.js';
import type { ModerationItem } from '../api-types.js';
import { ConsoleElement } from '../console-element.js';
import { formatDateTime } from '../format.js';
import { nameOf } from './signature-facts.js';

const FIELDS = ['q', 'kind', 'status', 'territory', 'from', 'to', 'order'] as const;

/** Every signature, filtered by kind, status, territory, dates and text; a row opens its detail. */
@customElement('pc-search-view')
export class SearchView extends ConsoleElement {
  @state() private filters: SearchFilters = { order: 'newest' };
  @state() private items: ModerationItem[] = [];
  @state() private nextCursor: string | undefined;
  @state() private loading = false;
  @state() private searched = false;
  @state() private error = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.run();
  }

  private async run(more = false): Promise<void> {
    this.loading = true;
    try {
      const page = await this.api.search({
        ...this.filters,
        manifesto: this.context.manifesto?.id,
        limit: 50,
        ...(more && this.nextCursor ? { cursor: this.nextCursor } : {}),
      });
      this.items = more ? [...this.items, ...page.items] : page.items;
      this.nextCursor = page.nextCursor;
      this.error = '';
      this.searched = true;
      if (!more) this.context.announce(this.t('search.results', { count: this.items.length }));
    } catch (error) {
      this.error = this.t('error.generic', { message: (error as Error).message });
    } finally {
      this.loading = false;
    }
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const filters: SearchFilters = {};
    for (const field of FIELDS) {
      const value = String(data.get(field) ?? '').trim();
      if (value) (filters as Record<string, string>)[field] = value;
    }
    this.filters = filters;
    void this.run();
  }

  private reset(): void {
    this.filters = { order: 'newest' };
    (this.querySelector('form') as HTMLFormElement | null)?.reset();
    void this.run();
  }

  override render(): TemplateResult {
    const f = this.filters;
    return html`
      <h2 id="view-title" tabindex="-1">${this.t('search.title')}</h2>
      <form class="filters" @submit=${this.submit} role="search">
        <div class="field wide">
          <label for="f-q">${this.t('search.q')}</label>
          <input id="f-q" name="q" type="search" .value=${f.q ?? ''} />
        </div>
        <div class="field">
          <label for="f-kind">${this.t('search.kind')}</label>
          <select id="f-kind" name="kind">
            <option value="">${this.t('search.any')}</option>
            ${SIGNATORY_KINDS.map(
              (k) =>
                html`<option value=${k} ?selected=${f.kind === k}>${labelOf('signatoryKind', k, this.locale)}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="f-status">${this.t('search.status')}</label>
          <select id="f-status" name="status">
            <option value="">${this.t('search.any')}</option>
            ${SIGNATURE_STATUSES.map(
              (s) =>
                html`<option value=${s} ?selected=${f.status === s}>${labelOf('signatureStatus', s, this.locale)}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="f-territory">${this.t('search.territory')}</label>
          <input id="f-territory" name="territory" inputmode="text" autocomplete="off" size="4" .value=${f.territory ?? ''} />
        </div>
        <div class="field">
          <label for="f-from">${this.t('search.from')}</label>
          <input id="f-from" name="from" type="date" .value=${f.from ?? ''} />
        </div>
        <div class="field">
          <label for="f-to">${this.t('search.to')}</label>
          <input id="f-to" name="to" type="date" .value=${f.to ?? ''} />
        </div>
        <div class="field">
          <label for="f-order">${this.t('search.order')}</label>
          <select id="f-order" name="order">
            <option value="newest" ?selected=${f.order !== 'oldest'}>${this.t('search.order.newest')}</option>
            <option value="oldest" ?selected=${f.order === 'oldest'}>${this.t('search.order.oldest')}</option>
          </select>
        </div>
        <div class="buttons">
          <button type="submit">${this.t('search.submit')}</button>
          <button type="button" class="secondary" @click=${this.reset}>${this.t('search.reset')}</button>
        </div>
      </form>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${
        this.searched && this.items.length === 0
          ? html`<p class="empty">${this.t('search.none')}</p>`
          : html`
            <p class="muted">${this.t('search.results', { count: this.items.length })}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="view-title">
              <table class="results">
                <thead>
                  <tr>
                    <th scope="col">${this.t('table.name')}</th>
                    <th scope="col">${this.t('table.kind')}</th>
                    <th scope="col">${this.t('table.status')}</th>
                    <th scope="col">${this.t('table.territory')}</th>
                    <th scope="col">${this.t('table.created')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${this.items.map(
                    (item) => html`<tr>
                      <td><a href="#signature/${encodeURIComponent(item.id)}">${nameOf(item)}</a></td>
                      <td>${labelOf('signatoryKind', item.kind as never, this.locale)}</td>
                      <td><span class="status status-${item.status}">${labelOf('signatureStatus', item.status as never, this.locale)}</span></td>
                      <td>${item.departementCode ?? '—'}</td>
                      <td>${formatDateTime(item.createdAt, this.locale)}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>
            ${
              this.nextCursor
                ? html`<button type="button" class="secondary" ?disabled=${this.loading} @click=${() => this.run(true)}>
                    ${this.t('search.more')}
                  </button>`
                : nothing
            }
          `
      }
    `;
  }
}
