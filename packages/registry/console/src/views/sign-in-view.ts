import type { Locale } from '@plateformcoop/model';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { AdminApi, AdminApiError } from '../admin-api.js';
import { wordsFor } from '../words/words.js';

/** Signed in: the token (kept by the shell in sessionStorage) and the moderator's name. */
export interface SignedIn {
  token: string;
  name: string;
}

/**
 * The token form. The registry decides: `GET /v1/admin/me` answers the token's name, or why not
 * (403 wrong token, 503 moderation closed).
 */
@customElement('pc-sign-in-view')
export class SignInView extends LitElement {
  @property() locale: Locale = 'fr';
  @property() notice = '';
  @state() private error = '';
  @state() private busy = false;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override firstUpdated(): void {
    this.querySelector<HTMLInputElement>('#token')?.focus();
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = this.querySelector<HTMLInputElement>('#token')!;
    const token = input.value.trim();
    const t = (key: Parameters<typeof wordsFor>[1]) => wordsFor(this.locale, key);
    if (!token) {
      this.error = t('signin.wrong');
      input.focus();
      return;
    }
    this.busy = true;
    try {
      const { name } = await new AdminApi(token, () => this.locale).me();
      this.dispatchEvent(new CustomEvent<SignedIn>('signed-in', { detail: { token, name } }));
    } catch (error) {
      this.error =
        error instanceof AdminApiError
          ? error.status === 503
            ? t('signin.closed')
            : error.status === 401 || error.status === 403
              ? t('signin.wrong')
              : error.message
          : t('signin.unreachable');
      input.select();
      input.focus();
    } finally {
      this.busy = false;
    }
  }

  override render(): TemplateResult {
    const t = (key: Parameters<typeof wordsFor>[1]) => wordsFor(this.locale, key);
    return html`
      <form class="sign-in panel" @submit=${this.submit} novalidate>
        <h2 id="view-title" tabindex="-1">${t('signin.title')}</h2>
        <p>${t('signin.intro')}</p>
        ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
        <label for="token">${t('signin.token')}</label>
        <input
          id="token"
          name="token"
          type="password"
          autocomplete="off"
          spellcheck="false"
          aria-invalid=${this.error ? 'true' : 'false'}
          aria-describedby=${this.error ? 'token-error' : nothing}
          required
        />
        ${this.error ? html`<p class="field-error" id="token-error" role="alert">${this.error}</p>` : nothing}
        <button type="submit" ?disabled=${this.busy}>${t('signin.submit')}</button>
      </form>
    `;
  }
}
