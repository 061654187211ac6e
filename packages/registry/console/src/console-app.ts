import type { Locale, Manifesto } from '@plateformcoop/model';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { AdminApi, AdminApiError } from './admin-api.js';
import type { ConsoleContext } from './console-context.js';
import { type DeferredAction, DeferredActions } from './deferred-actions.js';
import type { SignedIn } from './views/sign-in-view.js';
import { initialLocale, type WordKey, wordsFor } from './words/words.js';
import './views/sign-in-view.js';
import './views/queue-view.js';
import './views/search-view.js';
import './views/detail-view.js';
import './views/overview-view.js';
import './views/data-view.js';
import './views/deliberation-view.js';

// The token lives in this tab only (sessionStorage): never a cookie, never a URL.
const TOKEN_KEY = 'plateformcoop-console-token';
const LOCALE_KEY = 'plateformcoop-console-locale';

type View = 'queue' | 'search' | 'deliberation' | 'overview' | 'data' | 'signature';
const NAV: [View, WordKey][] = [
  ['queue', 'nav.queue'],
  ['search', 'nav.search'],
  ['deliberation', 'nav.deliberation'],
  ['overview', 'nav.overview'],
  ['data', 'nav.data'],
];

function route(): { view: View; id: string } {
  const [view = 'queue', id = ''] = location.hash.replace(/^#/, '').split('/');
  if (view === 'signature' && id) return { view, id: decodeURIComponent(id) };
  return { view: (NAV.some(([v]) => v === view) ? view : 'queue') as View, id: '' };
}

/** The console's shell: sign-in, the header, the sections, the undo bar and the live region. */
@customElement('pc-console')
export class ConsoleApp extends LitElement {
  @state() private locale: Locale = initialLocale();
  @state() private signedIn: SignedIn | undefined;
  @state() private manifesto: Manifesto | undefined;
  @state() private manifestos: Manifesto[] = [];
  @state() private route = route();
  @state() private message = '';
  private messageTimer: number | undefined;
  @state() private notice = '';
  @state() private now = Date.now();
  private context: ConsoleContext | undefined;
  private ticker: number | undefined;
  private readonly actions = new DeferredActions((action, keepalive) =>
    this.send(action, keepalive),
  );

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    // What just happened stays on screen a few seconds (screen readers heard it at once).
    if (changed.has('message') && this.message) {
      clearTimeout(this.messageTimer);
      this.messageTimer = window.setTimeout(() => {
        this.message = '';
      }, 8000);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.documentElement.lang = this.locale;
    window.addEventListener('hashchange', this.onHash);
    // Decisions still waiting when the page goes are sent, not lost.
    window.addEventListener('pagehide', () => void this.actions.flush(true));
    this.actions.addEventListener('change', () => this.tick());
    this.actions.addEventListener('sent', (e) =>
      this.onSent((e as CustomEvent<DeferredAction>).detail),
    );
    this.actions.addEventListener('failed', (e) => this.onFailed(e as CustomEvent));
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) void this.resume(token);
  }

  private readonly onHash = () => {
    this.route = route();
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('#view-title')?.focus());
  };

  private t(key: WordKey, params?: Record<string, string | number>): string {
    return wordsFor(this.locale, key, params);
  }

  private async resume(token: string): Promise<void> {
    try {
      const { name } = await new AdminApi(token, () => this.locale).me();
      await this.start({ token, name });
    } catch {
      sessionStorage.removeItem(TOKEN_KEY);
    }
  }

  private async start(signedIn: SignedIn): Promise<void> {
    sessionStorage.setItem(TOKEN_KEY, signedIn.token);
    const api = new AdminApi(
      signedIn.token,
      () => this.locale,
      () => void this.signOut(this.t('error.session')),
    );
    const manifestos = await api.manifestos().catch(() => []);
    this.manifestos = manifestos;
    this.manifesto = manifestos[0];
    this.context = this.contextOf(api, signedIn.name);
    this.signedIn = signedIn;
    this.notice = '';
    await this.updateComplete;
    this.querySelector<HTMLElement>('#view-title')?.focus();
  }

  private contextOf(api: AdminApi, moderator: string): ConsoleContext {
    return {
      api,
      locale: this.locale,
      moderator,
      manifesto: this.manifesto,
      actions: this.actions,
      announce: (message) => {
        this.message = message;
      },
      signOut: (message) => void this.signOut(message),
    };
  }

  private async signOut(notice = ''): Promise<void> {
    await this.actions.flush();
    sessionStorage.removeItem(TOKEN_KEY);
    this.signedIn = undefined;
    this.context = undefined;
    this.notice = notice;
    this.message = '';
  }

  /** Every view works on one manifesto: its queue, search, figures, exports, deliberations. */
  private chooseManifesto(event: Event): void {
    const id = (event.target as HTMLSelectElement).value;
    this.manifesto = this.manifestos.find((m) => m.id === id) ?? this.manifesto;
    if (this.context) this.context = { ...this.context, manifesto: this.manifesto };
  }

  private manifestoChooser(): TemplateResult | typeof nothing {
    if (this.manifestos.length < 2) return nothing;
    return html`<label class="manifesto-choice">${this.t('app.manifesto')}
      <select @change=${this.chooseManifesto}>
        ${this.manifestos.map(
          (m) =>
            html`<option value=${m.id} ?selected=${m.id === this.manifesto?.id}>${(m.texts[this.locale] ?? m.texts.fr).title}</option>`,
        )}
      </select>
    </label>`;
  }

  private toggleLocale(): void {
    this.locale = this.locale === 'fr' ? 'en' : 'fr';
    sessionStorage.setItem(LOCALE_KEY, this.locale);
    document.documentElement.lang = this.locale;
    if (this.context) this.context = { ...this.context, locale: this.locale };
  }

  private async send(action: DeferredAction, keepalive: boolean): Promise<void> {
    const api = this.context?.api;
    if (!api) return;
    if (action.kind === 'publish') await api.publish(action.id, keepalive);
    else await api.reject(action.id, action.reason ?? '', keepalive);
  }

  private onSent(action: DeferredAction): void {
    this.message = this.t(action.kind === 'publish' ? 'done.published' : 'done.rejected', {
      name: action.name,
    });
  }

  private onFailed(event: CustomEvent): void {
    const { action, error } = event.detail as { action: DeferredAction; error: unknown };
    if (error instanceof AdminApiError && (error.status === 401 || error.status === 403)) {
      void this.signOut(this.t('error.session'));
      return;
    }
    this.message = this.t('done.failed', { name: action.name, message: (error as Error).message });
  }

  private undo(action: DeferredAction): void {
    if (this.actions.undo(action.id)) this.message = this.t('done.undone', { name: action.name });
  }

  /** Re-renders the countdowns each second while something waits. */
  private tick(): void {
    this.now = Date.now();
    if (this.actions.pending.length && this.ticker === undefined) {
      this.ticker = window.setInterval(() => {
        this.now = Date.now();
        if (!this.actions.pending.length) {
          clearInterval(this.ticker);
          this.ticker = undefined;
        }
      }, 1000);
    }
  }

  private view(): TemplateResult {
    const context = this.context!;
    switch (this.route.view) {
      case 'search':
        return html`<pc-search-view .context=${context}></pc-search-view>`;
      case 'overview':
        return html`<pc-overview-view .context=${context}></pc-overview-view>`;
      case 'data':
        return html`<pc-data-view .context=${context}></pc-data-view>`;
      case 'deliberation':
        return html`<pc-deliberation-view .context=${context}></pc-deliberation-view>`;
      case 'signature':
        return html`<pc-detail-view .context=${context} .signatureId=${this.route.id}></pc-detail-view>`;
      default:
        return html`<pc-queue-view .context=${context}></pc-queue-view>`;
    }
  }

  /** The bar at the bottom: decisions waiting (with Undo), and what just happened. */
  private statusBar(): TemplateResult {
    const pending = this.actions.pending;
    return html`
      <aside class="status-bar ${pending.length || this.message ? 'shown' : ''}" aria-label=${this.t('pending.label')}>
        <p class="live" role="status" aria-live="polite">${this.message}</p>
        ${pending.length ? this.undoList(pending) : nothing}
      </aside>
    `;
  }

  private undoList(pending: DeferredAction[]): TemplateResult {
    return html`
      <ul class="undo-bar">
        ${pending.map((a) => {
          const seconds = Math.max(0, Math.ceil((a.sendsAt - this.now) / 1000));
          return html`<li>
            <span>${this.t(a.kind === 'publish' ? 'pending.published' : 'pending.rejected', { name: a.name, seconds })}</span>
            <button type="button" class="secondary" @click=${() => this.undo(a)}>
              ${this.t('action.undo')}<span class="visually-hidden"> : ${a.name}</span>
            </button>
          </li>`;
        })}
      </ul>
    `;
  }

  override render(): TemplateResult {
    const current = this.route.view === 'signature' ? 'search' : this.route.view;
    return html`
      <a class="skip" href="#main" @click=${(e: Event) => {
        e.preventDefault();
        this.querySelector<HTMLElement>('#view-title')?.focus();
      }}>${this.t('app.skip')}</a>
      <header class="top">
        <h1>PlateformCoop · ${this.t('app.title')}</h1>
        <div class="who">
          ${this.signedIn ? this.manifestoChooser() : nothing}
          ${this.signedIn ? html`<span>${this.t('app.signed_in_as', { name: this.signedIn.name })}</span>` : nothing}
          <button type="button" class="link" lang=${this.locale === 'fr' ? 'en' : 'fr'} aria-label=${this.t('app.language.label')} @click=${this.toggleLocale}>
            ${this.t('app.language')}
          </button>
          ${this.signedIn ? html`<button type="button" class="secondary" @click=${() => this.signOut()}>${this.t('app.sign_out')}</button>` : nothing}
        </div>
      </header>
      ${
        this.signedIn
          ? html`<nav aria-label=${this.t('nav.label')}>
              <ul>
                ${NAV.map(
                  ([view, key]) =>
                    html`<li><a href="#${view}" aria-current=${current === view ? 'page' : 'false'}>${this.t(key)}</a></li>`,
                )}
              </ul>
            </nav>`
          : nothing
      }
      <main id="main">
        ${
          this.signedIn
            ? keyed(this.manifesto?.id, this.view())
            : html`<pc-sign-in-view .locale=${this.locale} .notice=${this.notice}
                @signed-in=${(e: CustomEvent<SignedIn>) => this.start(e.detail)}></pc-sign-in-view>`
        }
      </main>
      ${this.statusBar()}
    `;
  }
}
