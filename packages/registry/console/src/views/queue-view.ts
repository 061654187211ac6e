import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { ModerationItem } from '../api-types.js';
import { ConsoleElement } from '../console-element.js';
import { nameOf, signatureFacts } from './signature-facts.js';

/** Keys that act on the queue; ignored while typing in a field. */
const SHORTCUTS = new Set(['j', 'k', 'p', 'r', 'x', 'u']);

/**
 * The moderation queue: confirmed signatures, oldest first, each with the facts to decide on;
 * publish or reject (with a reason) one by one or the selected ones, from the mouse or the keys.
 * Decisions wait a few seconds in `DeferredActions`, where they can be undone.
 */
@customElement('pc-queue-view')
export class QueueView extends ConsoleElement {
  @state() private items: ModerationItem[] = [];
  @state() private loading = true;
  @state() private error = '';
  @state() private selected = new Set<string>();
  /** The card keyboard actions apply to. */
  @state() private active = '';
  /** The card whose reject form is open (`*` for the selection). */
  @state() private rejecting = '';
  @state() private reasonError = '';

  private readonly onKey = (event: KeyboardEvent) => this.shortcut(event);
  private readonly onActions = () => this.requestUpdate();
  private readonly onSent = (event: Event) => {
    this.done.add((event as CustomEvent<{ id: string }>).detail.id);
    this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKey);
    this.context.actions.addEventListener('change', this.onActions);
    this.context.actions.addEventListener('failed', this.onActions);
    this.context.actions.addEventListener('sent', this.onSent);
    void this.load();
  }

  override disconnectedCallback(): void {
    document.removeEventListener('keydown', this.onKey);
    this.context.actions.removeEventListener('change', this.onActions);
    this.context.actions.removeEventListener('failed', this.onActions);
    this.context.actions.removeEventListener('sent', this.onSent);
    super.disconnectedCallback();
  }

  async load(): Promise<void> {
    this.loading = true;
    try {
      const page = await this.api.search({
        manifesto: this.context.manifesto?.id,
        status: 'confirmed',
        order: 'oldest',
        limit: 200,
      });
      this.items = page.items;
      this.done.clear();
      this.error = '';
    } catch (error) {
      this.error = this.t('error.generic', { message: (error as Error).message });
    } finally {
      this.loading = false;
    }
  }

  /**
   * The queue as the moderator sees it: minus what is waiting to be sent or was sent, and the
   * signatures of one entity next to each other (see `groups`).
   */
  private get visible(): ModerationItem[] {
    return this.groups.flat();
  }

  /**
   * The waiting signatures in groups: each one alone, or with the others of the same entity
   * (`competing`) that wait too, shown side by side so that the moderator publishes one.
   */
  private get groups(): ModerationItem[][] {
    const waiting = this.items.filter(
      (i) => !this.context.actions.has(i.id) && !this.done.has(i.id),
    );
    const placed = new Set<string>();
    const groups: ModerationItem[][] = [];
    for (const item of waiting) {
      if (placed.has(item.id)) continue;
      const others = new Set(item.competing.map((c) => c.id));
      const group = [item, ...waiting.filter((o) => others.has(o.id) && !placed.has(o.id))];
      for (const member of group) placed.add(member.id);
      groups.push(group);
    }
    return groups;
  }

  private readonly done = new Set<string>();

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    const visible = this.visible;
    if (this.active && !visible.some((i) => i.id === this.active)) this.active = '';
  }

  private decide(item: ModerationItem, kind: 'publish' | 'reject', reason?: string): void {
    const name = nameOf(item);
    this.context.actions.schedule({
      id: item.id,
      name,
      kind,
      ...(reason ? { reason } : {}),
    });
    this.selected.delete(item.id);
    this.selected = new Set(this.selected);
    const next = this.visible[0];
    this.active = next?.id ?? '';
    this.context.announce(
      this.t(kind === 'publish' ? 'pending.published' : 'pending.rejected', {
        name,
        seconds: Math.round(this.context.actions.delayMs / 1000),
      }),
    );
    if (next) void this.updateComplete.then(() => this.focusCard(next.id));
  }

  private openReject(id: string): void {
    this.rejecting = id;
    this.reasonError = '';
    void this.updateComplete.then(() =>
      this.querySelector<HTMLTextAreaElement>('textarea[name="reason"]')?.focus(),
    );
  }

  private submitReject(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const reason = String(new FormData(form).get('reason') ?? '').trim();
    if (!reason) {
      this.reasonError = this.t('reject.reason.required');
      form.querySelector('textarea')?.focus();
      return;
    }
    const targets =
      this.rejecting === '*'
        ? this.visible.filter((i) => this.selected.has(i.id))
        : this.visible.filter((i) => i.id === this.rejecting);
    this.rejecting = '';
    for (const item of targets) this.decide(item, 'reject', reason);
  }

  private publishSelected(): void {
    for (const item of this.visible.filter((i) => this.selected.has(i.id)))
      this.decide(item, 'publish');
  }

  private toggle(id: string): void {
    const next = new Set(this.selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.selected = next;
  }

  private toggleAll(event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.selected = new Set(checked ? this.visible.map((i) => i.id) : []);
  }

  private focusCard(id: string): void {
    this.active = id;
    this.querySelector<HTMLElement>(`article[data-id="${CSS.escape(id)}"]`)?.focus();
  }

  private shortcut(event: KeyboardEvent): void {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable]')) return;
    const key = event.key.toLowerCase();
    if (!SHORTCUTS.has(key)) return;
    event.preventDefault();
    if (key === 'u') {
      const undone = this.context.actions.undoLast();
      if (undone) {
        this.context.announce(this.t('done.undone', { name: undone.name }));
        void this.updateComplete.then(() => this.focusCard(undone.id));
      }
      return;
    }
    const visible = this.visible;
    if (visible.length === 0) return;
    const index = visible.findIndex((i) => i.id === this.active);
    if (key === 'j' || key === 'k') {
      const next =
        key === 'j'
          ? Math.min(visible.length - 1, index + 1)
          : Math.max(0, index < 0 ? 0 : index - 1);
      this.focusCard(visible[next]!.id);
      return;
    }
    const item = visible[Math.max(index, 0)]!;
    if (key === 'p') this.decide(item, 'publish');
    else if (key === 'r') this.openReject(item.id);
    else if (key === 'x') this.toggle(item.id);
  }

  private rejectForm(name: string): TemplateResult {
    return html`
      <form class="reject-form" @submit=${this.submitReject} novalidate>
        <fieldset>
          <legend>${this.t('reject.title', { name })}</legend>
          <label for="reason">${this.t('reject.reason')}</label>
          <p class="help" id="reason-help">${this.t('reject.reason.help')}</p>
          <textarea
            id="reason"
            name="reason"
            rows="3"
            maxlength="1000"
            aria-describedby="reason-help ${this.reasonError ? 'reason-error' : ''}"
            aria-invalid=${this.reasonError ? 'true' : 'false'}
          ></textarea>
          ${this.reasonError ? html`<p class="field-error" id="reason-error" role="alert">${this.reasonError}</p>` : nothing}
          <div class="buttons">
            <button type="submit" class="danger">${this.t('reject.confirm')}</button>
            <button type="button" class="secondary" @click=${() => (this.rejecting = '')}>
              ${this.t('action.cancel')}
            </button>
          </div>
        </fieldset>
      </form>
    `;
  }

  /** When another signature of the entity is published: where it is, and why this one waits. */
  private publishedCompetitor(item: ModerationItem): TemplateResult | typeof nothing {
    const published = item.competing.find((c) => c.status === 'published');
    if (!published) return nothing;
    return html`<p class="notice">
      ${this.t('card.competing_published')}
      <a href="#signature/${encodeURIComponent(published.id)}">${this.t('card.competing_link')}</a>
    </p>`;
  }

  /** One entry of the queue: a card, or the cards of one entity side by side. */
  private entry(group: ModerationItem[]): TemplateResult {
    if (group.length === 1) return html`<li>${this.card(group[0]!)}</li>`;
    const label = this.t('queue.competing', { count: group.length, name: nameOf(group[0]!) });
    return html`<li>
      <section class="competing" aria-label=${label}>
        <p class="notice">${label}</p>
        <ol class="side-by-side">
          ${group.map((item) => html`<li>${this.card(item)}</li>`)}
        </ol>
      </section>
    </li>`;
  }

  private card(item: ModerationItem): TemplateResult {
    const name = nameOf(item);
    const headingId = `h-${item.id}`;
    return html`
      <article
        class="card ${this.active === item.id ? 'active' : ''}"
        data-id=${item.id}
        tabindex="-1"
        aria-labelledby=${headingId}
        @focusin=${() => (this.active = item.id)}
      >
        <div class="card-head">
          <input
            type="checkbox"
            id="select-${item.id}"
            .checked=${this.selected.has(item.id)}
            @change=${() => this.toggle(item.id)}
            aria-label=${this.t('card.select', { name })}
          />
          <h3 id=${headingId}>${name}</h3>
          <a class="details" href="#signature/${encodeURIComponent(item.id)}">${this.t('card.details')}</a>
        </div>
        ${signatureFacts(item, this.locale, this.context.manifesto)}
        ${this.publishedCompetitor(item)}
        ${
          this.rejecting === item.id
            ? this.rejectForm(name)
            : html`<div class="buttons">
                <button type="button" @click=${() => this.decide(item, 'publish')}>
                  ${this.t('action.publish')} <kbd aria-hidden="true">P</kbd>
                </button>
                <button type="button" class="secondary danger-text" @click=${() => this.openReject(item.id)}>
                  ${this.t('action.reject')} <kbd aria-hidden="true">R</kbd>
                </button>
              </div>`
        }
      </article>
    `;
  }

  override render(): TemplateResult {
    const visible = this.visible;
    const selectedCount = visible.filter((i) => this.selected.has(i.id)).length;
    return html`
      <h2 id="view-title" tabindex="-1">${this.t('queue.title')}</h2>
      <p class="intro">${this.t('queue.intro')}</p>
      <p class="muted keys">${this.t('queue.keys')}</p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${
        this.loading
          ? html`<p>${this.t('loading')}</p>`
          : visible.length === 0
            ? html`<p class="empty">${this.t('queue.empty')}</p>
                <button type="button" class="secondary" @click=${() => this.load()}>${this.t('queue.refresh')}</button>`
            : html`
              <div class="toolbar">
                <p class="count"><strong>${this.t('queue.count', { count: visible.length })}</strong></p>
                <label class="check">
                  <input type="checkbox" .checked=${selectedCount === visible.length} @change=${this.toggleAll} />
                  ${this.t('queue.select_all')}
                </label>
                ${
                  selectedCount > 0
                    ? html`<span>${this.t('queue.selected', { count: selectedCount })}</span>
                        <button type="button" @click=${this.publishSelected}>${this.t('queue.publish_selected')}</button>
                        <button type="button" class="secondary danger-text" @click=${() => this.openReject('*')}>
                          ${this.t('queue.reject_selected')}
                        </button>`
                    : nothing
                }
                <button type="button" class="secondary" @click=${() => this.load()}>${this.t('queue.refresh')}</button>
              </div>
              ${this.rejecting === '*' ? this.rejectForm(this.t('queue.selected', { count: selectedCount })) : nothing}
              <ol class="queue">
                ${this.groups.map((group) => this.entry(group))}
              </ol>
            `
      }
    `;
  }
}
