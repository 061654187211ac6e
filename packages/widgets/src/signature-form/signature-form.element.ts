import {
  type Collectivity,
  labelOf,
  type Manifesto,
  type SignatoryKind,
} from '@plateformcoop/model';
import { validateField, validateSignature } from '@plateformcoop/signature';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { controlStyles } from '../shared/controls.styles.js';
import { PlateformcoopElement } from '../shared/plateformcoop-element.js';
import { getJson, manifestoPath, postJson } from '../shared/registry-api.js';
import { isRegistryError, type RegistryIssue } from '../shared/registry-error.js';
import {
  dispatchWidgetEvent,
  WIDGET_LOAD,
  WIDGET_SIGNED,
  type WidgetErrorDetail,
} from '../shared/widget-events.js';
import {
  COLLECTIVITY_PATH,
  CONSENT_FIELDS,
  FIELDS_BY_KIND,
  type FormField,
  fieldId,
  setPath,
} from './form-fields.js';
import { signatureFormStyles } from './signature-form.styles.js';
import { en, fr } from './signature-form.words.js';

type Challenge = Parameters<typeof import('./solve-proof-of-work.js').solveProofOfWork>[0];

/**
 * The whole signing flow: who signs (the kinds the manifesto accepts), the fields of that kind
 * (a collectivity is chosen from the registry's official list), the commitments to adopt, the
 * separate consents with the privacy notice, a proof of work solved in the background, and a
 * clear end state. Fields are validated by `@plateformcoop/signature` after their first blur;
 * the registry's issues are shown on the same fields. A network failure keeps what was typed.
 *
 * @summary Form to sign the manifesto.
 * @tag plateformcoop-signature-form
 *
 * @fires plateformcoop-load - The manifesto is loaded and the form ready. `detail: { manifesto }`.
 * @fires plateformcoop-signed - The registry accepted the signature. `detail: { id, status }`.
 * @fires plateformcoop-error - Loading or sending failed. `detail: { code, message }`.
 *
 * @csspart base - The form's box.
 * @csspart summary - The error summary shown after a failed submit.
 * @csspart submit - The submit button.
 * @csspart sent - The "check your mailbox" message.
 *
 * @cssprop --plateformcoop-color-primary - Buttons and the chosen suggestion (default #1d4f91).
 * @cssprop --plateformcoop-color-on-primary - Text on primary (default #ffffff).
 * @cssprop --plateformcoop-color-error - Errors (default #b3261e).
 * @cssprop --plateformcoop-color-success - The sent state (default #1e6b34).
 * @cssprop --plateformcoop-color-focus - Focus ring (default #1d4f91).
 * @cssprop --plateformcoop-color-border - Field borders (default #767676).
 */
export class PlateformcoopSignatureForm extends PlateformcoopElement {
  static override styles = [...PlateformcoopElement.styles, controlStyles, signatureFormStyles];

  static override messages = { fr, en };

  static override properties = {
    ...PlateformcoopElement.properties,
    privacyUrl: { attribute: 'privacy-url' },
    kind: {},
    manifestoData: { state: true },
    values: { state: true },
    errors: { state: true },
    summary: { state: true },
    status: { state: true },
    failure: { state: true },
    suggestions: { state: true },
    activeSuggestion: { state: true },
  };

  /** Link to the campaign's privacy policy, shown with the privacy notice. */
  privacyUrl = '';

  /** The kind of signatory chosen first (`collectivity`, `platform`, `organization`, `individual`). */
  kind?: SignatoryKind;

  private manifestoData?: Manifesto;
  private values: Record<string, string | boolean> = {};
  private collectivity?: Collectivity;
  private commitments = new Set<string>();
  private errors: Record<string, string> = {};
  private touched = new Set<string>();
  private summary: { path: string; message: string }[] = [];
  private status: 'loading' | 'ready' | 'sending' | 'sent' | 'failed' = 'loading';
  private failure?: WidgetErrorDetail;
  private suggestions: Collectivity[] = [];
  private activeSuggestion = -1;
  #proof?: Promise<string>;
  #searchTimer?: ReturnType<typeof setTimeout>;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another registry serving the same manifesto keeps the form and what was typed.
    const stale = this.manifestoData?.id !== this.manifesto;
    if (changed.has('manifesto') || (changed.has('registry') && stale)) this.#loadManifesto();
  }

  #loadManifesto(): void {
    const registry = this.registryUrl;
    this.status = 'loading';
    if (!registry) {
      this.failure = this.reportError({ code: 'widget.registry-missing' });
      this.status = 'failed';
      return;
    }
    getJson<Manifesto>(registry, manifestoPath(this.manifesto), { locale: this.locale }).then(
      (manifesto) => {
        this.manifestoData = manifesto;
        const accepted = manifesto.acceptedKinds;
        if (!this.kind || !accepted.includes(this.kind)) this.kind = accepted[0];
        this.failure = undefined;
        this.status = 'ready';
        dispatchWidgetEvent(this, WIDGET_LOAD, { manifesto });
      },
      (cause: unknown) => {
        this.failure = this.reportError(cause);
        this.status = 'failed';
      },
    );
  }

  /** The submission as it stands, built from the fields of the chosen kind. */
  #submission(): Record<string, unknown> {
    const kind = this.kind ?? 'individual';
    const submission: Record<string, unknown> = {
      manifestoId: this.manifesto,
      locale: this.locale,
      commitments: [...this.commitments],
      consents: { sign: false, publicDisplay: false, contact: false },
    };
    if (this.manifestoData) submission.manifestoHash = this.manifestoData.contentHash;
    setPath(submission, 'signatory.kind', kind);
    if (kind === 'collectivity' && this.collectivity)
      setPath(submission, COLLECTIVITY_PATH, this.collectivity);
    for (const field of [...FIELDS_BY_KIND[kind], ...CONSENT_FIELDS]) {
      const value = this.values[field.path];
      if (field.type === 'checkbox') setPath(submission, field.path, value === true);
      else if (typeof value === 'string' && value.trim() !== '')
        setPath(submission, field.path, value);
      // An empty part still exists, so that the core reports each missing field by name.
      else setPath(submission, field.path, undefined);
    }
    return submission;
  }

  #validate(path: string): void {
    const submission = this.#submission();
    const value = path
      .split('.')
      .reduce<unknown>(
        (node, key) => (node as Record<string, unknown> | undefined)?.[key],
        submission,
      );
    const result = validateField(path, value, {
      manifesto: this.manifestoData,
      locale: this.locale,
      submission,
    });
    const errors = { ...this.errors };
    if (result.ok) delete errors[path];
    else errors[path] = result.issues[0]!.message;
    this.errors = errors;
  }

  #onInput(field: FormField, event: Event): void {
    const input = event.target as HTMLInputElement;
    this.values = {
      ...this.values,
      [field.path]: field.type === 'checkbox' ? input.checked : input.value,
    };
    // Live validation only once the field was left a first time: never on first paint or typing.
    if (this.touched.has(field.path) || field.type === 'checkbox' || field.type === 'select') {
      this.touched.add(field.path);
      this.#validate(field.path);
    }
  }

  #onBlur(field: FormField): void {
    this.touched.add(field.path);
    this.#validate(field.path);
  }

  /** The proof of work starts on the first interaction and runs while the person types. */
  #startProofOfWork(): void {
    const registry = this.registryUrl;
    if (this.#proof || !registry) return;
    const proof = Promise.all([
      getJson<Challenge>(registry, manifestoPath(this.manifesto, '/challenge')),
      import('./solve-proof-of-work.js'),
    ]).then(([challenge, { solveProofOfWork }]) => solveProofOfWork(challenge));
    proof.catch(() => {
      this.#proof = undefined; // fetched again at submit
    });
    this.#proof = proof;
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.status === 'sending') return;
    const submission = this.#submission();
    const result = validateSignature(submission, {
      manifesto: this.manifestoData!,
      locale: this.locale,
    });
    if (!result.ok) {
      this.#showIssues(result.issues);
      return;
    }
    this.summary = [];
    this.failure = undefined;
    this.status = 'sending';
    try {
      this.#startProofOfWork();
      const altcha = await this.#proof!;
      const receipt = await postJson<{ id: string; status: string }>(
        this.registryUrl!,
        manifestoPath(this.manifesto, '/signatures'),
        { ...submission, altcha },
        { locale: this.locale },
      );
      this.status = 'sent';
      dispatchWidgetEvent(this, WIDGET_SIGNED, receipt);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.sent')?.focus();
    } catch (cause) {
      this.#proof = undefined; // a challenge is accepted once: solve a new one next time
      this.status = 'ready';
      if (isRegistryError(cause) && cause.issues.length > 0) this.#showIssues(cause.issues);
      else this.failure = this.reportError(cause);
    }
  }

  /** Puts issues on their fields, lists them in the summary and moves focus to it. */
  async #showIssues(issues: readonly RegistryIssue[]): Promise<void> {
    const errors: Record<string, string> = {};
    for (const issue of issues) {
      const path = this.#fieldPathOf(issue.path);
      errors[path] ??= issue.message;
      this.touched.add(path);
    }
    this.errors = errors;
    this.summary = Object.entries(errors).map(([path, message]) => ({ path, message }));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.summary')?.focus();
  }

  /** The field an issue belongs to (a collectivity's issues go to its chooser). */
  #fieldPathOf(path: string): string {
    if (path.startsWith(`${COLLECTIVITY_PATH}.`) || path === COLLECTIVITY_PATH)
      return COLLECTIVITY_PATH;
    if (path.startsWith('commitments')) return 'commitments';
    // An issue about a whole part goes to the first field of that part.
    const fields = [...FIELDS_BY_KIND[this.kind ?? 'individual'], ...CONSENT_FIELDS];
    if (fields.some((f) => f.path === path)) return path;
    return fields.find((f) => f.path.startsWith(`${path}.`))?.path ?? path;
  }

  /** Whether the form shows a field for this path (issues about the whole input have none). */
  #hasField(path: string): boolean {
    const kind = this.kind ?? 'individual';
    if (path === 'commitments' || (path === COLLECTIVITY_PATH && kind === 'collectivity'))
      return true;
    return [...FIELDS_BY_KIND[kind], ...CONSENT_FIELDS].some((field) => field.path === path);
  }

  #focusField(path: string, event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${fieldId(path)}`)?.focus();
  }

  // Collectivity chooser: the ARIA 1.2 combobox pattern over the registry's official list.
  #onCollectivityInput(event: Event): void {
    const q = (event.target as HTMLInputElement).value;
    this.collectivity = undefined;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => {
      const registry = this.registryUrl;
      if (!registry || q.trim().length < 2) {
        this.suggestions = [];
        return;
      }
      getJson<Collectivity[]>(registry, 'v1/collectivities', { query: { q, limit: 8 } }).then(
        (found) => {
          this.suggestions = found;
          this.activeSuggestion = -1;
        },
        (cause: unknown) => (this.failure = this.reportError(cause)),
      );
    }, 200);
  }

  #onCollectivityKey(event: KeyboardEvent): void {
    const count = this.suggestions.length;
    if (event.key === 'ArrowDown' && count) {
      this.activeSuggestion = (this.activeSuggestion + 1) % count;
    } else if (event.key === 'ArrowUp' && count) {
      this.activeSuggestion = (this.activeSuggestion - 1 + count) % count;
    } else if (event.key === 'Enter' && this.activeSuggestion >= 0) {
      this.#choose(this.suggestions[this.activeSuggestion]!);
    } else if (event.key === 'Escape') {
      this.suggestions = [];
    } else return;
    event.preventDefault();
  }

  #choose(collectivity: Collectivity): void {
    this.collectivity = collectivity;
    this.suggestions = [];
    this.activeSuggestion = -1;
    const errors = { ...this.errors };
    delete errors[COLLECTIVITY_PATH];
    this.errors = errors;
    const input = this.renderRoot.querySelector<HTMLInputElement>(`#${fieldId(COLLECTIVITY_PATH)}`);
    if (input) {
      input.value = collectivity.name;
      input.focus();
    }
  }

  protected override render(): TemplateResult {
    if (this.status === 'sent') {
      return html`<div class="surface" part="base">
        <div class="sent" part="sent" role="status" tabindex="-1">
          <p class="title">${this.t('widget.form.sent.title')}</p>
          <p>${this.t('widget.form.sent.body')}</p>
        </div>
      </div>`;
    }
    const manifesto = this.manifestoData;
    if (!manifesto) {
      return html`<div class="surface" part="base" aria-busy=${this.status === 'loading' ? 'true' : 'false'}>
        ${
          this.failure
            ? html`<p class="error-text" role="alert">${this.failure.message}</p>
                <button type="button" @click=${() => this.#loadManifesto()}>${this.t('widget.form.retry')}</button>`
            : html`<p class="muted">${this.t('widget.loading')}</p>`
        }
      </div>`;
    }
    const kind = this.kind ?? manifesto.acceptedKinds[0]!;
    const locale = this.locale;
    const commitments = manifesto.commitments.filter((c) => c.forKinds.includes(kind));
    return html`<form class="surface" part="base" novalidate aria-labelledby="form-title"
        @submit=${this.#onSubmit} @focusin=${this.#startProofOfWork}>
      <p class="title" id="form-title" role="heading" aria-level="2">${this.t('widget.form.title')}</p>
      <p class="muted">${this.t('widget.form.required-note')}</p>
      ${this.#renderSummary()}
      <fieldset>
        <legend>${this.t('widget.form.kind')}</legend>
        ${manifesto.acceptedKinds.map(
          (k) => html`<div class="check">
            <input type="radio" id=${`kind-${k}`} name="kind" .checked=${k === kind}
              @change=${() => {
                this.kind = k;
                this.errors = {};
                this.summary = [];
              }} />
            <label for=${`kind-${k}`}>${labelOf('signatoryKind', k, locale)}</label>
          </div>`,
        )}
      </fieldset>
      ${kind === 'collectivity' ? this.#renderCollectivityChooser() : nothing}
      <fieldset>
        <legend>${this.t(kind === 'individual' ? 'widget.form.individual' : 'widget.form.representative')}</legend>
        ${FIELDS_BY_KIND[kind].map((field) => this.#renderField(field))}
      </fieldset>
      ${
        commitments.length
          ? html`<fieldset id=${fieldId('commitments')} tabindex="-1" aria-describedby=${this.errors.commitments ? 'e-commitments' : nothing}>
              <legend>${this.t('widget.form.commitments')}</legend>
              ${this.errors.commitments ? html`<p class="error" id="e-commitments">${this.errors.commitments}</p>` : nothing}
              ${commitments.map(
                (c) => html`<div class="check">
                  <input type="checkbox" id=${`c-${c.id}`} .checked=${this.commitments.has(c.id)}
                    @change=${(e: Event) => {
                      const on = (e.target as HTMLInputElement).checked;
                      if (on) this.commitments.add(c.id);
                      else this.commitments.delete(c.id);
                      this.requestUpdate();
                    }} />
                  <label for=${`c-${c.id}`}>${c.label[locale] ?? c.label.fr}</label>
                </div>`,
              )}
            </fieldset>`
          : nothing
      }
      <fieldset>
        <legend>${this.t('widget.form.consents')}</legend>
        <p class="hint" id="privacy">
          ${this.t('widget.form.privacy')}
          ${this.privacyUrl ? html` <a href=${this.privacyUrl} target="_blank" rel="noopener">${this.t('widget.form.privacy-link')}</a>` : nothing}
        </p>
        ${CONSENT_FIELDS.map((field) => this.#renderField(field))}
      </fieldset>
      ${
        this.failure
          ? html`<div role="alert"><p class="error">${this.failure.message}</p><p>${this.t('widget.form.network-kept')}</p></div>`
          : nothing
      }
      <button type="submit" part="submit" ?disabled=${this.status === 'sending'}>
        ${this.failure ? this.t('widget.form.retry') : this.t('widget.form.submit')}
      </button>
      <p class="visually-hidden" role="status">${this.status === 'sending' ? this.t('widget.form.submitting') : ''}</p>
    </form>`;
  }

  #renderSummary(): TemplateResult | typeof nothing {
    if (this.summary.length === 0) return nothing;
    return html`<div class="summary" part="summary" tabindex="-1" role="group" aria-labelledby="summary-title">
      <p class="error" id="summary-title">${this.t('widget.form.summary', { count: this.summary.length })}</p>
      <ul>
        ${this.summary.map(({ path, message }) =>
          this.#hasField(path)
            ? html`<li><a href=${`#${fieldId(path)}`} @click=${(e: Event) => this.#focusField(path, e)}>${message}</a></li>`
            : html`<li>${message}</li>`,
        )}
      </ul>
    </div>`;
  }

  #renderCollectivityChooser(): TemplateResult {
    const id = fieldId(COLLECTIVITY_PATH);
    const error = this.errors[COLLECTIVITY_PATH];
    const open = this.suggestions.length > 0;
    const active = this.activeSuggestion >= 0 ? `${id}-o${this.activeSuggestion}` : '';
    return html`<div class="field">
      <label for=${id}>${this.t('widget.form.collectivity')} *</label>
      <p class="hint" id=${`${id}-hint`}>${this.t('widget.form.collectivity.hint')}</p>
      ${error ? html`<p class="error" id=${`${id}-error`}>${error}</p>` : nothing}
      <input id=${id} type="text" role="combobox" autocomplete="off" aria-autocomplete="list"
        aria-expanded=${open ? 'true' : 'false'} aria-controls=${`${id}-list`}
        aria-activedescendant=${active || nothing} aria-required="true"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-error ${id}-hint` : `${id}-hint`}
        @input=${this.#onCollectivityInput} @keydown=${this.#onCollectivityKey} />
      <ul class="listbox" id=${`${id}-list`} role="listbox" aria-label=${this.t('widget.form.collectivity')} ?hidden=${!open}>
        ${this.suggestions.map(
          (
            c,
            i,
          ) => html`<li id=${`${id}-o${i}`} role="option" aria-selected=${i === this.activeSuggestion ? 'true' : 'false'}
            @click=${() => this.#choose(c)}>
            ${c.name} (${labelOf('collectivityType', c.type, this.locale)}${c.departementCode ? `, ${c.departementCode}` : ''})
          </li>`,
        )}
      </ul>
      <p class="visually-hidden" role="status">
        ${
          this.collectivity
            ? this.t('widget.form.collectivity.chosen', { name: this.collectivity.name })
            : open
              ? this.t('widget.form.collectivity.results', { count: this.suggestions.length })
              : ''
        }
      </p>
    </div>`;
  }

  #renderField(field: FormField): TemplateResult {
    const id = fieldId(field.path);
    const error = this.errors[field.path];
    const label = html`<label for=${id}>${this.t(field.path)}${field.required ? ' *' : ''}</label>`;
    const errorText = error ? html`<p class="error" id=${`${id}-error`}>${error}</p>` : nothing;
    const common = {
      describedby: [error ? `${id}-error` : '', field.path.startsWith('consents') ? 'privacy' : '']
        .filter(Boolean)
        .join(' '),
    };
    const value = this.values[field.path];
    if (field.type === 'checkbox') {
      return html`<div class="check">
        <input type="checkbox" id=${id} .checked=${value === true} aria-required=${field.required ? 'true' : 'false'}
          aria-invalid=${error ? 'true' : 'false'} aria-describedby=${common.describedby || nothing}
          @change=${(e: Event) => this.#onInput(field, e)} />
        <div>${label}${errorText}</div>
      </div>`;
    }
    if (field.type === 'select') {
      return html`<div class="field">
        ${label}${errorText}
        <select id=${id} aria-required=${field.required ? 'true' : 'false'} aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${common.describedby || nothing}
          @change=${(e: Event) => this.#onInput(field, e)} @blur=${() => this.#onBlur(field)}>
          <option value="" ?selected=${!value}>${this.t('widget.form.select')}</option>
          ${field.options!.map(
            (option) => html`<option value=${option} ?selected=${value === option}>
              ${labelOf(field.vocabulary!, option as never, this.locale)}
            </option>`,
          )}
        </select>
      </div>`;
    }
    return html`<div class="field">
      ${label}${errorText}
      <input id=${id} type=${field.type} .value=${typeof value === 'string' ? value : ''}
        autocomplete=${field.autocomplete ?? 'off'} aria-required=${field.required ? 'true' : 'false'}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${common.describedby || nothing}
        @input=${(e: Event) => this.#onInput(field, e)} @blur=${() => this.#onBlur(field)} />
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plateformcoop-signature-form': PlateformcoopSignatureForm;
  }
}
