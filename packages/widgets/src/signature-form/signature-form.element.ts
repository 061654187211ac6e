import {
  type Commitment,
  type CommitmentGroup,
  labelOf,
  type Manifesto,
  RESENDS_PATH,
  type SignatoryKind,
  type SubmissionReceipt,
} from '@plateformcoop/model';
import { campaignStanding, httpLink, originAndPath } from '@plateformcoop/signature';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { controlStyles } from '../shared/controls.styles.js';
import { fieldStyles } from '../shared/fields.styles.js';
import { formatDate } from '../shared/format-date.js';
import { pluralCode } from '../shared/messages.js';
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
  afterColon,
  asName,
  COLLECTIVITY_PATH,
  CONSENT_FIELDS,
  commitmentAxes,
  type FormField,
  fieldId,
  labelCode,
  sectionsOf,
} from './form-fields.js';
import { type SentRecap, SignatureFormState } from './form-state.js';
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
 * @csspart sent - The "check your mailbox" message and the recap of what was sent.
 * @csspart commitment-details - The disclosure of a commitment's description.
 * @csspart resend - The « send the e-mail again » button of the end state.
 *
 * @cssprop --plateformcoop-color-primary - Buttons, the chosen suggestion, and the ticks of the
 *   radio buttons and boxes (`accent-color`) (default #1d4f91).
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
    headingLevel: { attribute: 'heading-level', type: Number },
    kind: {},
    manifestoData: { state: true },
    status: { state: true },
    failure: { state: true },
    closed: { state: true },
    reloaded: { state: true },
    resend: { state: true },
  };

  /**
   * Link to the campaign's privacy policy, shown with the privacy notice: an `http:` or
   * `https:` address (a relative one resolves against the page); anything else shows no link.
   */
  privacyUrl = '';

  /**
   * The level of the form's title in the page's outline (default 2); its sections' titles are
   * one level below, the manifesto's axes two.
   */
  headingLevel = 2;

  /** The kind of signatory chosen first (`collectivity`, `platform`, `organization`, `individual`). */
  kind?: SignatoryKind;

  private manifestoData?: Manifesto;
  private status: 'loading' | 'ready' | 'sending' | 'sent' | 'failed' = 'loading';
  private failure?: WidgetErrorDetail;
  #proof?: Promise<string>;
  /** What was sent, shown back once the registry accepted it. */
  #sent?: SentRecap;
  /** The token the registry gave to have its mail sent again (the 202 answer's). */
  #resendToken?: string;
  /** The registry answered `manifesto.closed`: its clock decides, whatever the page's says. */
  private closed = false;
  /** The text was reloaded after the registry said the one signed is outdated. */
  private reloaded = false;
  /** Sending the mail again: not asked, on its way, done, or failed (its words). */
  private resend: 'idle' | 'sending' | 'done' | WidgetErrorDetail = 'idle';

  /** Values, touched fields, errors and where each issue goes. */
  readonly #form = new SignatureFormState(
    () => ({
      manifestoId: this.manifesto,
      manifesto: this.manifestoData,
      locale: this.locale,
      kind: this.kind ?? 'individual',
      // In the registry's iframe page, the page around the frame (as much as it lets us see).
      page: originAndPath(window.top === window ? location.href : document.referrer),
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

  /** Loads the manifesto; `fresh` revalidates it past the HTTP cache (the text has changed). */
  #loadManifesto(fresh = false): void {
    const registry = this.registryUrl;
    this.status = 'loading';
    if (!registry) {
      this.failure = this.reportError({ code: 'widget.registry-missing' });
      this.status = 'failed';
      return;
    }
    getJson<Manifesto>(registry, manifestoPath(this.manifesto), {
      locale: this.locale,
      cache: fresh ? 'no-cache' : undefined,
    }).then(
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
    // While the text reloads, a submission would still name the old one.
    if (this.status === 'sending' || this.status === 'loading') return;
    const submission = this.#form.check();
    if (!submission) return this.#focus('.summary');
    this.failure = undefined;
    this.status = 'sending';
    try {
      this.#startProofOfWork();
      const altcha = await this.#proof!;
      // An older registry's answer may lack `moderated` and `resendToken`.
      const receipt = await postJson<Partial<SubmissionReceipt> & { id: string; status: string }>(
        this.registryUrl!,
        manifestoPath(this.manifesto, '/signatures'),
        { ...submission, altcha },
        { locale: this.locale },
      );
      this.#sent = this.#form.recap(receipt.moderated === true);
      this.#resendToken = receipt.resendToken;
      this.resend = 'idle';
      this.status = 'sent';
      dispatchWidgetEvent(this, WIDGET_SIGNED, receipt);
      await this.#focus('.sent');
    } catch (cause) {
      this.#proof = undefined; // a challenge is accepted once: solve a new one next time
      this.status = 'ready';
      const code = isRegistryError(cause) ? cause.code : '';
      if (code === 'manifesto.closed') this.closed = true;
      else if (code === 'manifesto.outdated') {
        // The text changed since the page loaded: show the new one; what was typed is kept.
        this.reloaded = true;
        this.#loadManifesto(true);
      } else if (isRegistryError(cause) && cause.issues.length > 0) {
        this.#form.showIssues(cause.issues);
        await this.#focus('.summary');
      } else this.failure = this.reportError(cause);
    }
  }

  /**
   * « Renvoyer l'e-mail »: the registry sends the confirmation mail again if the signature still
   * waits for it, within its rate limit and its daily cap per address, and answers the same
   * whatever the signature's state.
   */
  async #resend(): Promise<void> {
    if (!this.#resendToken || this.resend === 'sending') return;
    this.resend = 'sending';
    try {
      await postJson(
        this.registryUrl!,
        RESENDS_PATH,
        { token: this.#resendToken },
        {
          locale: this.locale,
        },
      );
      this.resend = 'done';
    } catch (cause) {
      this.resend = this.reportError(cause);
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

  /** The heading level of a section's title, kept within the six levels HTML has. */
  #level(offset: number): number {
    return Math.min(6, Math.max(1, (Number(this.headingLevel) || 2) + offset));
  }

  /** A section's legend: where it stands in the form (« Étape 2 sur 5 »), then its heading. */
  #legend(step: number, steps: number, title: string): TemplateResult {
    return html`<legend>
      <span class="step">${this.t('widget.form.step', { step, steps })}</span>
      <span class="section-title" role="heading" aria-level=${this.#level(1)}>${title}</span>
    </legend>`;
  }

  protected override render(): TemplateResult {
    if (this.status === 'sent' && this.#sent) return this.#renderSent(this.#sent);
    const manifesto = this.manifestoData;
    if (!manifesto) {
      return html`<div class="surface loading" part="base" aria-busy=${this.status === 'loading' ? 'true' : 'false'}>
        ${
          this.failure
            ? html`<p class="error-text" role="alert">${this.failure.message}</p>
                <button type="button" @click=${() => this.#loadManifesto()}>${this.t('widget.form.retry')}</button>`
            : html`<p class="muted">${this.t('widget.loading')}</p>`
        }
      </div>`;
    }
    // The registry's `manifesto.closed` answer, or the campaign's days by the core's rule.
    const standing = this.closed ? 'closed' : campaignStanding(manifesto, new Date());
    const opening = standing === 'not-yet-open' ? manifesto.opensOn : undefined;
    if (standing !== 'open') {
      return html`<div class="surface" part="base">
        <p class="title" role="heading" aria-level=${this.#level(0)}>${this.t('widget.form.title')}</p>
        <p class="closed" role="status">${
          opening
            ? this.t('widget.form.not-open', { date: formatDate(opening, this.locale) })
            : this.t('widget.form.closed')
        }</p>
      </div>`;
    }
    const kind = this.kind ?? manifesto.acceptedKinds[0]!;
    const locale = this.locale;
    const form = this.#form;
    const axes = commitmentAxes(manifesto, kind);
    const commitmentsError = form.errors.commitments;
    const privacy = httpLink(this.privacyUrl, document.baseURI);
    const sections = sectionsOf(kind);
    // The kind, the kind's own sections, the commitments when there are any, the consents.
    const steps = sections.length + (axes.length ? 3 : 2);
    let step = 1;
    return html`<form class="surface" part="base" novalidate aria-labelledby="form-title"
        @submit=${this.#onSubmit} @focusin=${this.#startProofOfWork}>
      <p class="title" id="form-title" role="heading" aria-level=${this.#level(0)}>${this.t('widget.form.title')}</p>
      <p class="muted">${this.t('widget.form.steps', { steps })} ${this.t('widget.form.required-note')}</p>
      ${this.reloaded ? html`<p class="notice" role="status">${this.t('widget.form.reloaded')}</p>` : nothing}
      ${this.#renderSummary(kind)}
      <fieldset>
        ${this.#legend(step++, steps, this.t('widget.form.kind'))}
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
      ${sections.map(
        ({ part, fields }) => html`<fieldset>
          ${this.#legend(step++, steps, this.t(`widget.form.section.${part}`))}
          ${
            part === 'collectivity'
              ? this.#chooser.render({
                  id: fieldId(COLLECTIVITY_PATH),
                  t: (code, params) => this.t(code, params),
                  locale,
                  chosen: form.collectivity,
                  error: form.errors[COLLECTIVITY_PATH],
                })
              : fields.map((field) => this.#renderField(field, kind))
          }
        </fieldset>`,
      )}
      ${
        axes.length
          ? html`<fieldset id=${fieldId('commitments')} tabindex="-1"
              aria-describedby=${commitmentsError ? 'e-commitments commitments-hint' : 'commitments-hint'}>
              ${this.#legend(step++, steps, this.t('widget.form.commitments'))}
              <p class="hint" id="commitments-hint">${this.t('widget.form.commitments.hint')}</p>
              ${commitmentsError ? html`<p class="error" id="e-commitments">${commitmentsError}</p>` : nothing}
              ${axes.map(({ group, commitments }) => this.#renderAxis(group, commitments))}
            </fieldset>`
          : nothing
      }
      <fieldset>
        ${this.#legend(step++, steps, this.t('widget.form.consents'))}
        <p class="hint" id="privacy">
          ${this.t('widget.form.privacy')}
          ${privacy ? html` <a href=${privacy} target="_blank" rel="noopener">${this.t('widget.form.privacy-link')}</a>` : nothing}
        </p>
        ${CONSENT_FIELDS.map((field) => this.#renderField(field, kind))}
      </fieldset>
      ${
        this.failure
          ? html`<div role="alert"><p class="error">${this.failure.message}</p><p>${this.t('widget.form.network-kept')}</p></div>`
          : nothing
      }
      <button type="submit" part="submit" ?disabled=${this.status === 'sending' || this.status === 'loading'}>
        ${this.failure ? this.t('widget.form.retry') : this.t('widget.form.submit')}
      </button>
      <p class="visually-hidden" role="status">${this.status === 'sending' ? this.t('widget.form.submitting') : ''}</p>
    </form>`;
  }

  /** One axis of the manifesto: its title as a heading, its commitments, each with its description. */
  #renderAxis(group: CommitmentGroup, commitments: readonly Commitment[]): TemplateResult {
    const locale = this.locale;
    const words = (text: { fr: string; en?: string | undefined }) => text[locale] ?? text.fr;
    return html`<fieldset class="axis">
      <legend><span class="axis-title" role="heading" aria-level=${this.#level(2)}>${words(group.title)}</span></legend>
      ${commitments.map((c) => {
        const label = words(c.label);
        return html`<div class="check">
          <input type="checkbox" id=${`c-${c.id}`} .checked=${this.#form.commitments.has(c.id)}
            @change=${(e: Event) => this.#form.setCommitment(c.id, (e.target as HTMLInputElement).checked)} />
          <div>
            <label for=${`c-${c.id}`}>${label}</label>
            <details part="commitment-details">
              <summary aria-label=${this.t('widget.form.commitment.details-of', { label })}>${this.t('widget.form.commitment.details')}</summary>
              <p class="hint">${words(c.description)}</p>
            </details>
          </div>
        </div>`;
      })}
    </fieldset>`;
  }

  /**
   * The end state: where the mail went, what was signed and what happens next for this kind
   * (a moderator's check for a moderated kind). It takes the room it needs and no more.
   */
  #renderSent(sent: SentRecap): TemplateResult {
    const locale = this.locale;
    const commitments = sent.commitments;
    return html`<div class="surface" part="base">
      <section class="sent" part="sent" tabindex="-1" aria-labelledby="sent-title">
        <p class="title" id="sent-title" role="heading" aria-level=${this.#level(0)}>${this.t('widget.form.sent.title')}</p>
        <p>${this.t('widget.form.sent.body', { email: sent.email })}</p>
        <p>${this.t(sent.moderated ? 'widget.form.sent.next.moderated' : 'widget.form.sent.next.published')}</p>
        <p class="section-title" role="heading" aria-level=${this.#level(1)}>${this.t('widget.form.sent.recap')}</p>
        <dl class="recap">
          <dt>${this.t('widget.form.sent.email')}</dt><dd>${sent.email}</dd>
          <dt>${this.t('widget.form.sent.kind')}</dt><dd>${labelOf('signatoryKind', sent.kind, locale)}</dd>
          ${sent.name ? html`<dt>${this.t('widget.form.sent.signatory')}</dt><dd>${sent.name}</dd>` : nothing}
          <dt>${this.t('widget.form.sent.commitments')}</dt>
          <dd>${
            commitments.length
              ? html`<ul>${commitments.map((label) => html`<li>${label}</li>`)}</ul>`
              : this.t('widget.form.sent.no-commitments')
          }</dd>
        </dl>
        ${this.#resendToken ? this.#renderResend(sent.email) : nothing}
      </section>
    </div>`;
  }

  #renderResend(email: string): TemplateResult {
    const resend = this.resend;
    return html`<div class="resend">
      <p class="hint">${this.t('widget.form.resend.hint')}</p>
      ${
        resend === 'done'
          ? nothing
          : html`<button type="button" class="secondary" part="resend" ?disabled=${resend === 'sending'}
              @click=${this.#resend}>${this.t('widget.form.resend')}</button>`
      }
      <p role="status">${resend === 'done' ? this.t('widget.form.resent', { email }) : ''}</p>
      ${typeof resend === 'object' ? html`<p class="error" role="alert">${resend.message}</p>` : nothing}
    </div>`;
  }

  #renderSummary(kind: SignatoryKind): TemplateResult | typeof nothing {
    const summary = this.#form.summary;
    if (summary.length === 0) return nothing;
    const locale = this.locale;
    return html`<div class="summary" part="summary" tabindex="-1" role="group" aria-labelledby="summary-title">
      <p class="error" id="summary-title">${this.t(pluralCode('widget.form.summary', summary.length, locale), { count: summary.length })}</p>
      <ul>
        ${summary.map(({ path, message }) => {
          if (!this.#form.hasField(path)) return html`<li>${message}</li>`;
          const entry = this.t('widget.form.summary.entry', {
            field: asName(this.t(labelCode(path, kind))),
            message: afterColon(message, locale),
          });
          return html`<li><a href=${`#${fieldId(path)}`} @click=${(e: Event) => this.#focusField(path, e)}>${entry}</a></li>`;
        })}
      </ul>
    </div>`;
  }

  #renderField(field: FormField, kind: SignatoryKind): TemplateResult {
    const form = this.#form;
    const id = fieldId(field.path);
    const error = form.errors[field.path];
    // The mark is seen, not heard: `required` tells assistive technologies.
    const label = html`<label for=${id}>${this.t(labelCode(field.path, kind))}${
      field.required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing
    }</label>`;
    const errorText = error ? html`<p class="error" id=${`${id}-error`}>${error}</p>` : nothing;
    const describedby =
      [error ? `${id}-error` : '', field.path.startsWith('consents') ? 'privacy' : '']
        .filter(Boolean)
        .join(' ') || nothing;
    const invalid = error ? 'true' : 'false';
    const value = form.values[field.path];
    const onInput = (e: Event) => {
      const input = e.target as HTMLInputElement;
      form.input(field, field.type === 'checkbox' ? input.checked : input.value);
    };
    const onBlur = () => form.blur(field);
    if (field.type === 'checkbox') {
      return html`<div class="check">
        <input type="checkbox" id=${id} .checked=${value === true} ?required=${field.required}
          aria-invalid=${invalid} aria-describedby=${describedby} @change=${onInput} />
        <div>${label}${errorText}</div>
      </div>`;
    }
    if (field.type === 'select') {
      return html`<div class="field">
        ${label}${errorText}
        <select id=${id} ?required=${field.required} aria-invalid=${invalid}
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
        autocomplete=${field.autocomplete ?? 'off'} ?required=${field.required}
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
