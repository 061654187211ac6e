import { labelOf, type Manifesto, type SignatoryKind } from '@plateformcoop/model';
import { httpLink } from '@plateformcoop/signature';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { controlStyles } from '../shared/controls.styles.js';
import { fieldStyles } from '../shared/fields.styles.js';
import { PlateformcoopElement } from '../shared/plateformcoop-element.js';
import { getJson, manifestoPath, postJson } from '../shared/registry-api.js';
import { isRegistryError } from '../shared/registry-error.js';
import {
  dispatchWidgetEvent,
  WIDGET_LOAD,
  WIDGET_SIGNED,
  type WidgetErrorDetail,
} from '../shared/widget-events.js';
import { CollectivityChooser } from './collectivity-chooser.js';
import {
  COLLECTIVITY_PATH,
  CONSENT_FIELDS,
  FIELDS_BY_KIND,
  type FormField,
  fieldId,
} from './form-fields.js';
import { SignatureFormState } from './form-state.js';
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
  static override styles = [
    ...PlateformcoopElement.styles,
    controlStyles,
    fieldStyles,
    signatureFormStyles,
  ];

  static override messages = { fr, en };

  static override properties = {
    ...PlateformcoopElement.properties,
    privacyUrl: { attribute: 'privacy-url' },
    kind: {},
    manifestoData: { state: true },
    status: { state: true },
    failure: { state: true },
  };

  /**
   * Link to the campaign's privacy policy, shown with the privacy notice: an `http:` or
   * `https:` address (a relative one resolves against the page); anything else shows no link.
   */
  privacyUrl = '';

  /** The kind of signatory chosen first (`collectivity`, `platform`, `organization`, `individual`). */
  kind?: SignatoryKind;

  private manifestoData?: Manifesto;
  private status: 'loading' | 'ready' | 'sending' | 'sent' | 'failed' = 'loading';
  private failure?: WidgetErrorDetail;
  #proof?: Promise<string>;

  /** Values, touched fields, errors and where each issue goes. */
  readonly #form = new SignatureFormState(
    () => ({
      manifestoId: this.manifesto,
      manifesto: this.manifestoData,
      locale: this.locale,
      kind: this.kind ?? 'individual',
    }),
    () => this.requestUpdate(),
  );

  readonly #chooser = new CollectivityChooser(this, {
    registry: () => this.registryUrl,
    choose: (collectivity) => this.#form.chooseCollectivity(collectivity),
    fail: (cause) => {
      this.failure = this.reportError(cause);
    },
  });

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
    const submission = this.#form.check();
    if (!submission) return this.#focus('.summary');
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
      await this.#focus('.sent');
    } catch (cause) {
      this.#proof = undefined; // a challenge is accepted once: solve a new one next time
      this.status = 'ready';
      if (isRegistryError(cause) && cause.issues.length > 0) {
        this.#form.showIssues(cause.issues);
        await this.#focus('.summary');
      } else this.failure = this.reportError(cause);
    }
  }

  /** Moves focus to an element once it is rendered. */
  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #focusField(path: string, event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${fieldId(path)}`)?.focus();
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
    const form = this.#form;
    const commitments = manifesto.commitments.filter((c) => c.forKinds.includes(kind));
    const commitmentsError = form.errors.commitments;
    const privacy = httpLink(this.privacyUrl, document.baseURI);
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
                form.kindChanged();
              }} />
            <label for=${`kind-${k}`}>${labelOf('signatoryKind', k, locale)}</label>
          </div>`,
        )}
      </fieldset>
      ${
        kind === 'collectivity'
          ? this.#chooser.render({
              id: fieldId(COLLECTIVITY_PATH),
              t: (code, params) => this.t(code, params),
              locale,
              chosen: form.collectivity,
              error: form.errors[COLLECTIVITY_PATH],
            })
          : nothing
      }
      <fieldset>
        <legend>${this.t(kind === 'individual' ? 'widget.form.individual' : 'widget.form.representative')}</legend>
        ${FIELDS_BY_KIND[kind].map((field) => this.#renderField(field))}
      </fieldset>
      ${
        commitments.length
          ? html`<fieldset id=${fieldId('commitments')} tabindex="-1" aria-describedby=${commitmentsError ? 'e-commitments' : nothing}>
              <legend>${this.t('widget.form.commitments')}</legend>
              ${commitmentsError ? html`<p class="error" id="e-commitments">${commitmentsError}</p>` : nothing}
              ${commitments.map(
                (c) => html`<div class="check">
                  <input type="checkbox" id=${`c-${c.id}`} .checked=${form.commitments.has(c.id)}
                    @change=${(e: Event) => form.setCommitment(c.id, (e.target as HTMLInputElement).checked)} />
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
          ${privacy ? html` <a href=${privacy} target="_blank" rel="noopener">${this.t('widget.form.privacy-link')}</a>` : nothing}
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
    const summary = this.#form.summary;
    if (summary.length === 0) return nothing;
    return html`<div class="summary" part="summary" tabindex="-1" role="group" aria-labelledby="summary-title">
      <p class="error" id="summary-title">${this.t('widget.form.summary', { count: summary.length })}</p>
      <ul>
        ${summary.map(({ path, message }) =>
          this.#form.hasField(path)
            ? html`<li><a href=${`#${fieldId(path)}`} @click=${(e: Event) => this.#focusField(path, e)}>${message}</a></li>`
            : html`<li>${message}</li>`,
        )}
      </ul>
    </div>`;
  }

  #renderField(field: FormField): TemplateResult {
    const form = this.#form;
    const id = fieldId(field.path);
    const error = form.errors[field.path];
    const label = html`<label for=${id}>${this.t(field.path)}${field.required ? ' *' : ''}</label>`;
    const errorText = error ? html`<p class="error" id=${`${id}-error`}>${error}</p>` : nothing;
    const describedby =
      [error ? `${id}-error` : '', field.path.startsWith('consents') ? 'privacy' : '']
        .filter(Boolean)
        .join(' ') || nothing;
    const required = field.required ? 'true' : 'false';
    const invalid = error ? 'true' : 'false';
    const value = form.values[field.path];
    const onInput = (e: Event) => {
      const input = e.target as HTMLInputElement;
      form.input(field, field.type === 'checkbox' ? input.checked : input.value);
    };
    const onBlur = () => form.blur(field);
    if (field.type === 'checkbox') {
      return html`<div class="check">
        <input type="checkbox" id=${id} .checked=${value === true} aria-required=${required}
          aria-invalid=${invalid} aria-describedby=${describedby} @change=${onInput} />
        <div>${label}${errorText}</div>
      </div>`;
    }
    if (field.type === 'select') {
      return html`<div class="field">
        ${label}${errorText}
        <select id=${id} aria-required=${required} aria-invalid=${invalid}
          aria-describedby=${describedby} @change=${onInput} @blur=${onBlur}>
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
        autocomplete=${field.autocomplete ?? 'off'} aria-required=${required}
        aria-invalid=${invalid} aria-describedby=${describedby}
        @input=${onInput} @blur=${onBlur} />
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plateformcoop-signature-form': PlateformcoopSignatureForm;
  }
}
