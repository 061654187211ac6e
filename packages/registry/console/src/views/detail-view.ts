import { labelOf } from '@plateformcoop/model';
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { AdminApiError } from '../admin-api.js';
import type { HistoryEntry, ModerationItem } from '../api-types.js';
import { ConsoleElement } from '../console-element.js';
import { formatDateTime } from '../format.js';
import { nameOf, signatureFacts } from './signature-facts.js';

/** One signature: its facts, and the history of its status changes with who made each. */
@customElement('pc-detail-view')
export class DetailView extends ConsoleElement {
  @property() signatureId = '';
  @state() private item: ModerationItem | undefined;
  @state() private history: HistoryEntry[] = [];
  @state() private error = '';
  @state() private rejecting = false;
  @state() private reasonError = '';

  private readonly onSent = () => void this.load();

  override connectedCallback(): void {
    super.connectedCallback();
    this.context.actions.addEventListener('sent', this.onSent);
    this.context.actions.addEventListener('change', this.onChange);
  }

  override disconnectedCallback(): void {
    this.context.actions.removeEventListener('sent', this.onSent);
    this.context.actions.removeEventListener('change', this.onChange);
    super.disconnectedCallback();
  }

  private readonly onChange = () => this.requestUpdate();

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('signatureId')) void this.load();
  }

  private async load(): Promise<void> {
    try {
      const detail = await this.api.detail(this.signatureId);
      this.item = detail.item;
      this.history = detail.history;
      this.error = '';
    } catch (error) {
      this.item = undefined;
      this.error =
        error instanceof AdminApiError && error.status === 404
          ? this.t('detail.not_found')
          : this.t('error.generic', { message: (error as Error).message });
    }
  }

  /** Back where the moderator came from (the queue or a search), else to the search. */
  private back(event: Event): void {
    if (history.length > 1) {
      event.preventDefault();
      history.back();
    }
  }

  private actor(entry: HistoryEntry): string {
    if (entry.actorKind === 'signer') return this.t('detail.actor.signer');
    if (entry.actor === 'retention') return this.t('detail.actor.retention');
    if (entry.actor === 'anonymize') return this.t('detail.actor.anonymize');
    return entry.actor;
  }

  private status(status: string): string {
    return labelOf('signatureStatus', status as never, this.locale);
  }

  private reject(event: SubmitEvent): void {
    event.preventDefault();
    const reason = String(new FormData(event.target as HTMLFormElement).get('reason') ?? '').trim();
    if (!reason) {
      this.reasonError = this.t('reject.reason.required');
      return;
    }
    const item = this.item!;
    this.rejecting = false;
    this.context.actions.schedule({ id: item.id, name: nameOf(item), kind: 'reject', reason });
  }

  private publish(): void {
    const item = this.item!;
    this.context.actions.schedule({ id: item.id, name: nameOf(item), kind: 'publish' });
  }

  override render(): TemplateResult {
    const item = this.item;
    return html`
      <p><a href="#search" @click=${this.back}>← ${this.t('detail.back')}</a></p>
      ${this.error ? html`<h2 id="view-title" tabindex="-1">${this.t('detail.title')}</h2><p class="error" role="alert">${this.error}</p>` : nothing}
      ${
        item
          ? html`
            <h2 id="view-title" tabindex="-1">${nameOf(item)}</h2>
            <p>
              <span class="status status-${item.status}">${this.status(item.status)}</span>
              · <code>${item.id}</code>
            </p>
            ${signatureFacts(item, this.locale, this.context.manifesto)}
            ${
              item.competing.length
                ? html`<h3>${this.t('detail.competing')}</h3>
                    <ul class="competing-list">
                      ${item.competing.map(
                        (c) => html`<li>
                          <a href="#signature/${encodeURIComponent(c.id)}"><code>${c.id}</code></a>
                          — <span class="status status-${c.status}">${this.status(c.status)}</span>
                        </li>`,
                      )}
                    </ul>`
                : nothing
            }
            ${
              this.context.actions.has(item.id)
                ? nothing
                : this.rejecting
                  ? html`<form class="reject-form" @submit=${this.reject} novalidate>
                      <fieldset>
                        <legend>${this.t('reject.title', { name: nameOf(item) })}</legend>
                        <label for="reason">${this.t('reject.reason')}</label>
                        <p class="help" id="reason-help">${this.t('reject.reason.help')}</p>
                        <textarea id="reason" name="reason" rows="3" maxlength="1000" aria-describedby="reason-help"
                          aria-invalid=${this.reasonError ? 'true' : 'false'}></textarea>
                        ${this.reasonError ? html`<p class="field-error" role="alert">${this.reasonError}</p>` : nothing}
                        <div class="buttons">
                          <button type="submit" class="danger">${this.t('reject.confirm')}</button>
                          <button type="button" class="secondary" @click=${() => (this.rejecting = false)}>${this.t('action.cancel')}</button>
                        </div>
                      </fieldset>
                    </form>`
                  : html`<div class="buttons">
                      ${item.status === 'confirmed' ? html`<button type="button" @click=${this.publish}>${this.t('action.publish')}</button>` : nothing}
                      ${
                        item.status === 'confirmed' || item.status === 'published'
                          ? html`<button type="button" class="secondary danger-text" @click=${() => (this.rejecting = true)}>${this.t('action.reject')}</button>`
                          : nothing
                      }
                    </div>`
            }
            <h3>${this.t('detail.history')}</h3>
            <ol class="history">
              <li>
                <time datetime=${item.createdAt}>${formatDateTime(item.createdAt, this.locale)}</time>
                — ${this.t('detail.history.created')}
              </li>
              ${this.history.map(
                (e) => html`<li>
                  <time datetime=${e.at}>${formatDateTime(e.at, this.locale)}</time>
                  — ${this.status(e.from)} → <strong>${this.status(e.to)}</strong>,
                  ${this.t('detail.history.by', { actor: this.actor(e) })}
                  ${e.reason ? html`<br /><span class="reason">${this.t('detail.reason', { reason: e.reason })}</span>` : nothing}
                </li>`,
              )}
            </ol>
          `
          : nothing
      }
    `;
  }
}
