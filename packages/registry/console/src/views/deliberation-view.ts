import {
  type Collectivity,
  labelOf,
  ORGANIZATION_TYPES,
  PLATFORM_SECTORS,
  REPRESENTATIVE_ROLES,
  type SignatoryKind,
} from '@plateformcoop/model';
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { AdminApiError } from '../admin-api.js';
import { ConsoleElement } from '../console-element.js';

type BodyKind = Exclude<SignatoryKind, 'individual'>;

/** What the collectivity field shows for a record of the official list (unique in its list). */
function optionLabel(c: Collectivity): string {
  const code = c.inseeCode ?? c.siren ?? c.regionCode ?? '';
  return `${c.name} (${[c.departementCode, code].filter(Boolean).join(' · ')})`;
}

/**
 * A signature made by a council's deliberation (or a board's decision), entered by a moderator:
 * who signed (a collectivity chosen from the official list as the form's autocomplete offers it),
 * the commitments adopted, the deliberation's date, reference and link, an optional contact.
 * The registry checks it like a form's and publishes it at once; the audit log names the moderator.
 */
@customElement('pc-deliberation-view')
export class DeliberationView extends ConsoleElement {
  @state() private kind: BodyKind = 'collectivity';
  @state() private suggestions: Collectivity[] = [];
  @state() private issues: { path: string; message: string }[] = [];
  @state() private error = '';
  @state() private sending = false;
  private lookup: AbortController | undefined;
  private timer: number | undefined;

  private get kinds(): BodyKind[] {
    const accepted = this.context.manifesto?.acceptedKinds ?? ['collectivity'];
    return accepted.filter((k): k is BodyKind => k !== 'individual');
  }

  /** The official list's records for what was typed (the same endpoint as the public form's). */
  private suggest(event: Event): void {
    const q = (event.target as HTMLInputElement).value.trim();
    clearTimeout(this.timer);
    if (q.length < 2 || this.suggestions.some((c) => optionLabel(c) === q)) return;
    this.timer = window.setTimeout(async () => {
      this.lookup?.abort();
      const lookup = new AbortController();
      this.lookup = lookup;
      try {
        this.suggestions = await this.api.collectivities(q, lookup.signal);
      } catch {
        if (!lookup.signal.aborted) this.suggestions = [];
      }
    }, 200);
  }

  private signatoryOf(data: FormData): unknown {
    const text = (name: string) => String(data.get(name) ?? '').trim() || undefined;
    const representative = {
      givenName: text('givenName'),
      familyName: text('familyName'),
      role: text('role'),
      ...(text('email') ? { email: text('email') } : {}),
    };
    switch (this.kind) {
      case 'collectivity': {
        const chosen = this.suggestions.find((c) => optionLabel(c) === text('collectivity'));
        return {
          kind: 'collectivity',
          // Unknown to the list: the registry says which field is wrong.
          collectivity: chosen ?? { type: 'commune', name: text('collectivity') },
          representative,
        };
      }
      case 'platform':
        return {
          kind: 'platform',
          platform: { name: text('name'), website: text('website'), sector: text('sector') },
          representative,
        };
      case 'organization':
        return {
          kind: 'organization',
          organization: { type: text('organizationType'), name: text('name') },
          representative,
        };
    }
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const manifesto = this.context.manifesto;
    if (!manifesto || this.sending) return;
    const formElement = event.target as HTMLFormElement;
    const data = new FormData(formElement);
    const url = String(data.get('url') ?? '').trim();
    this.sending = true;
    try {
      const signatory = this.signatoryOf(data);
      await this.api.recordDeliberation(manifesto.id, {
        signatory,
        commitments: data.getAll('commitment').map(String),
        deliberation: {
          date: String(data.get('date') ?? ''),
          reference: String(data.get('reference') ?? '').trim(),
          ...(url ? { url } : {}),
        },
      });
      const name = String(data.get('collectivity') ?? data.get('name') ?? '');
      this.issues = [];
      this.error = '';
      formElement.reset();
      this.context.announce(this.t('deliberation.done', { name }));
    } catch (error) {
      this.issues = error instanceof AdminApiError ? error.issues : [];
      this.error = this.t('error.generic', { message: (error as Error).message });
      await this.updateComplete;
      this.querySelector<HTMLElement>('#deliberation-error')?.focus();
    } finally {
      this.sending = false;
    }
  }

  private field(
    name: string,
    label: string,
    options: { type?: string; required?: boolean; autocomplete?: string } = {},
  ): TemplateResult {
    return html`<div class="field">
      <label for="d-${name}">${label}${options.required ? ' *' : ''}</label>
      <input id="d-${name}" name=${name} type=${options.type ?? 'text'} ?required=${options.required}
        autocomplete=${options.autocomplete ?? 'off'} />
    </div>`;
  }

  private select(
    name: string,
    label: string,
    values: readonly string[],
    words: (v: string) => string,
  ) {
    return html`<div class="field">
      <label for="d-${name}">${label} *</label>
      <select id="d-${name}" name=${name} required>
        ${values.map((v) => html`<option value=${v}>${words(v)}</option>`)}
      </select>
    </div>`;
  }

  private who(): TemplateResult {
    const locale = this.locale;
    if (this.kind === 'collectivity')
      return html`<div class="field wide">
        <label for="d-collectivity">${this.t('deliberation.collectivity')} *</label>
        <input id="d-collectivity" name="collectivity" type="search" list="d-collectivities" required
          autocomplete="off" aria-describedby="d-collectivity-hint" @input=${this.suggest} />
        <datalist id="d-collectivities">
          ${this.suggestions.map((c) => html`<option value=${optionLabel(c)}></option>`)}
        </datalist>
        <p class="hint" id="d-collectivity-hint">${this.t('deliberation.collectivity.hint')}</p>
      </div>`;
    return html`${this.field('name', this.t('deliberation.name'), { required: true })}
      ${
        this.kind === 'platform'
          ? html`${this.field('website', this.t('deliberation.website'), { type: 'url', required: true })}
            ${this.select('sector', this.t('deliberation.sector'), PLATFORM_SECTORS, (v) =>
              labelOf('platformSector', v as (typeof PLATFORM_SECTORS)[number], locale),
            )}`
          : this.select(
              'organizationType',
              this.t('deliberation.organization_type'),
              ORGANIZATION_TYPES,
              (v) => labelOf('organizationType', v as (typeof ORGANIZATION_TYPES)[number], locale),
            )
      }`;
  }

  override render(): TemplateResult {
    const manifesto = this.context.manifesto;
    const locale = this.locale;
    const roles =
      this.kind === 'collectivity'
        ? [...REPRESENTATIVE_ROLES.elected, ...REPRESENTATIVE_ROLES.staff]
        : REPRESENTATIVE_ROLES.project;
    const commitments = (manifesto?.commitments ?? []).filter((c) =>
      c.forKinds.includes(this.kind),
    );
    return html`
      <h2 id="view-title" tabindex="-1">${this.t('deliberation.title')}</h2>
      <p>${this.t('deliberation.intro')}</p>
      ${
        this.error
          ? html`<div id="deliberation-error" class="error" role="alert" tabindex="-1">
              <p>${this.issues.length ? this.t('deliberation.issues') : this.error}</p>
              ${this.issues.length ? html`<ul>${this.issues.map((i) => html`<li><code>${i.path}</code> : ${i.message}</li>`)}</ul>` : nothing}
            </div>`
          : nothing
      }
      <form class="deliberation" @submit=${this.submit}>
        <div class="field">
          <label for="d-kind">${this.t('deliberation.kind')} *</label>
          <select id="d-kind" name="kind" @change=${(e: Event) => {
            this.kind = (e.target as HTMLSelectElement).value as BodyKind;
          }}>
            ${this.kinds.map(
              (k) =>
                html`<option value=${k} ?selected=${k === this.kind}>${labelOf('signatoryKind', k, locale)}</option>`,
            )}
          </select>
        </div>
        ${this.who()}
        ${this.field('givenName', this.t('deliberation.givenName'), { required: true })}
        ${this.field('familyName', this.t('deliberation.familyName'), { required: true })}
        ${this.select('role', this.t('deliberation.role'), roles, (v) =>
          labelOf('representativeRole', v as (typeof roles)[number], locale),
        )}
        ${this.field('date', this.t('deliberation.date'), { type: 'date', required: true })}
        ${this.field('reference', this.t('deliberation.reference'), { required: true })}
        ${this.field('url', this.t('deliberation.url'), { type: 'url' })}
        ${this.field('email', this.t('deliberation.contact'), { type: 'email' })}
        ${
          commitments.length
            ? html`<fieldset>
                <legend>${this.t('deliberation.commitments')}</legend>
                ${commitments.map(
                  (c) => html`<div class="check">
                    <input type="checkbox" id="d-c-${c.id}" name="commitment" value=${c.id} />
                    <label for="d-c-${c.id}">${c.label[locale] ?? c.label.fr}</label>
                  </div>`,
                )}
              </fieldset>`
            : nothing
        }
        <button type="submit" ?disabled=${this.sending}>${this.t('deliberation.submit')}</button>
      </form>
    `;
  }
}
