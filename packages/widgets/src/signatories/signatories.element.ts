import {
  apiPath,
  CERTIFICATE_PAGE_PATH,
  COUNTER_PATH,
  type Counter,
  labelOf,
  type PublicSignatory,
  SIGNATORIES_PATH,
  SIGNATORY_KINDS,
  type SignatoryKind,
} from '@plateformcoop/model';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { controlStyles } from '../shared/controls.styles.js';
import { followCounter } from '../shared/counter-stream.js';
import { fieldStyles } from '../shared/fields.styles.js';
import { formatDate } from '../shared/format-date.js';
import { pluralCode } from '../shared/messages.js';
import { PlateformcoopElement } from '../shared/plateformcoop-element.js';
import { apiUrl, getJson } from '../shared/registry-api.js';
import {
  dispatchWidgetEvent,
  WIDGET_LOAD,
  type WidgetErrorDetail,
} from '../shared/widget-events.js';
import { signatoriesStyles } from './signatories.styles.js';
import { en, fr } from './signatories.words.js';

/** One page of the registry's public list. */
export interface SignatoriesPage {
  items: PublicSignatory[];
  nextCursor?: string;
}

/**
 * The public list of the manifesto's signatories, filterable by kind and département,
 * searchable, paginated ("show more"), with counts by kind. Names appear only as the registry
 * returns them (a person's name only with their consent).
 *
 * @summary Public list of signatories.
 * @tag plateformcoop-signatories
 *
 * @fires plateformcoop-load - A page of signatories is shown. `detail: { items, nextCursor }`.
 * @fires plateformcoop-error - The list could not be loaded. `detail: { code, message }`.
 *
 * @csspart base - The box around the list.
 * @csspart filters - The search and filter form.
 * @csspart list - The list.
 * @csspart item - One signatory.
 * @csspart certificate - The link to a signatory's certificate on the registry.
 * @csspart more - The "show more" button.
 *
 * @cssprop --plateformcoop-color-primary - Buttons (default #1d4f91).
 * @cssprop --plateformcoop-color-divider - Lines between signatories (default #c4c4c4).
 * @cssprop --plateformcoop-color-text - Text colour (default #1b1b1b).
 * @cssprop --plateformcoop-color-surface - Background (default #ffffff).
 * @cssprop --plateformcoop-color-border - Borders of the box and the fields (default #767676).
 */
export class PlateformcoopSignatories extends PlateformcoopElement {
  static override styles = [
    ...PlateformcoopElement.styles,
    controlStyles,
    fieldStyles,
    signatoriesStyles,
  ];
  static override messages = { fr, en };

  static override properties = {
    ...PlateformcoopElement.properties,
    kind: { reflect: true },
    departement: { reflect: true },
    q: {},
    pageSize: { attribute: 'page-size', type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    live: { type: Boolean },
    items: { state: true },
    nextCursor: { state: true },
    counter: { state: true },
    loading: { state: true },
    failure: { state: true },
  };

  /** Show only this kind of signatory. */
  kind = '';

  /** Show only this département (code). */
  departement = '';

  /** Initial search text. */
  q = '';

  /** Signatories per page (1 to 100, default 20). */
  pageSize = 20;

  /** The level of the list's title in the page's outline (default 2). */
  headingLevel = 2;

  /**
   * Follow the registry's event stream, the counter's: a publication or a withdrawal refreshes
   * the list and its counts without reloading the page.
   */
  live = false;

  private items: PublicSignatory[] = [];
  private nextCursor?: string;
  private counter?: Counter;
  private loading = false;
  private failure?: WidgetErrorDetail;
  #abort?: AbortController;
  /** Stops following the counter's event stream. */
  #unfollow?: (() => void) | undefined;

  /**
   * How often a live list whose stream the registry refused (past its caps of streams: 429,
   * 503) reads the counter's document instead, to notice a publication or a withdrawal.
   */
  static pollIntervalMs = 15_000;

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('registry') || changed.has('manifesto')) this.#loadCounts();
    if (['registry', 'manifesto', 'live'].some((k) => changed.has(k))) this.#follow();
    if (
      ['registry', 'manifesto', 'kind', 'departement', 'q', 'pageSize'].some((k) => changed.has(k))
    ) {
      this.#load(false);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: follow the stream again (the first connection opens it in willUpdate).
    if (this.hasUpdated) this.#follow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    this.#unfollow?.();
  }

  /**
   * With `live`, the counter's event stream: each event carries the whole counter. When its
   * totals change (a publication, a withdrawal, a rejection), the counts are replaced and the
   * list is read again with the same filters, as many signatories as were shown.
   */
  #follow(): void {
    this.#unfollow?.();
    this.#unfollow = undefined;
    const registry = this.registryUrl;
    if (!this.live || !registry) return;
    this.#unfollow = followCounter(
      registry,
      this.manifesto,
      (counter) => {
        const before = this.counter;
        this.counter = counter;
        if (before && JSON.stringify(before.byKind) !== JSON.stringify(counter.byKind)) {
          this.#load(false, Math.max(this.pageSize, this.items.length), true);
        }
      },
      PlateformcoopSignatories.pollIntervalMs,
    );
  }

  #loadCounts(): void {
    const registry = this.registryUrl;
    if (!registry) return;
    getJson<Counter>(registry, apiPath(COUNTER_PATH, { id: this.manifesto })).then(
      (counter) => (this.counter = counter),
      () => undefined, // counts are a help; the list works without them
    );
  }

  /**
   * Reads a page of the list (`more`: the next one), `limit` signatories at most; `fresh` after
   * a change the stream told of, asking the registry rather than the browser's cache.
   */
  #load(more: boolean, limit = this.pageSize, fresh = false): void {
    const registry = this.registryUrl;
    if (!registry) {
      this.failure = this.reportError({ code: 'widget.registry-missing' });
      return;
    }
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.loading = true;
    const query = {
      kind: this.kind,
      departement: this.departement,
      q: this.q,
      limit: Math.min(limit, 100),
      cursor: more ? this.nextCursor : undefined,
    };
    getJson<SignatoriesPage>(registry, apiPath(SIGNATORIES_PATH, { id: this.manifesto }), {
      query,
      signal: abort.signal,
      locale: this.locale,
      cache: fresh ? 'no-cache' : undefined,
    }).then(
      (page) => {
        this.items = more ? [...this.items, ...page.items] : page.items;
        this.nextCursor = page.nextCursor;
        this.failure = undefined;
        this.loading = false;
        dispatchWidgetEvent(this, WIDGET_LOAD, page);
      },
      (cause: unknown) => {
        if (abort.signal.aborted) return;
        this.loading = false;
        this.failure = this.reportError(cause);
      },
    );
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    this.q = String(data.get('q') ?? '').trim();
    this.kind = String(data.get('kind') ?? '');
    this.departement = String(data.get('departement') ?? '')
      .trim()
      .toUpperCase();
  }

  protected override render(): TemplateResult {
    const locale = this.locale;
    const counts = this.counter?.byKind;
    const kindOption = (kind: SignatoryKind) => {
      const label = labelOf('signatoryKind', kind, locale);
      const count = counts?.[kind];
      return html`<option value=${kind} ?selected=${this.kind === kind}>
        ${count === undefined ? label : this.t('widget.signatories.kind.option', { label, count })}
      </option>`;
    };
    return html`<section class="surface" part="base" aria-labelledby="title">
      <p class="title" id="title" role="heading" aria-level=${this.headingLevel}>${this.t('widget.signatories.title')}</p>
      <form role="search" part="filters" @submit=${this.#onSubmit}>
        <div class="field">
          <label for="q">${this.t('widget.signatories.search')}</label>
          <input id="q" name="q" type="search" .value=${this.q} maxlength="100" autocomplete="off" />
        </div>
        <div class="field">
          <label for="kind">${this.t('widget.signatories.kind')}</label>
          <select id="kind" name="kind">
            <option value="" ?selected=${!this.kind}>
              ${this.t('widget.signatories.kind.all', { count: this.counter?.total ?? '…' })}
            </option>
            ${SIGNATORY_KINDS.map(kindOption)}
          </select>
        </div>
        <div class="field">
          <label for="departement">${this.t('widget.signatories.departement')}</label>
          <input id="departement" name="departement" .value=${this.departement} maxlength="3" size="4" autocomplete="off" />
        </div>
        <button type="submit">${this.t('widget.signatories.apply')}</button>
      </form>
      ${this.failure ? html`<p class="error-text" role="alert">${this.failure.message}</p>` : nothing}
      <ul part="list" aria-busy=${this.loading ? 'true' : 'false'}>
        ${this.items.map((item) => this.#renderItem(item))}
      </ul>
      ${!this.loading && !this.failure && this.items.length === 0 ? html`<p>${this.t('widget.signatories.empty')}</p>` : nothing}
      ${
        this.nextCursor
          ? html`<button class="more secondary" part="more" type="button" ?disabled=${this.loading} @click=${() => this.#load(true)}>
              ${this.t('widget.signatories.more')}
            </button>`
          : nothing
      }
      <p class="visually-hidden" role="status">
        ${this.loading ? this.t('widget.loading') : this.t(pluralCode('widget.signatories.shown', this.items.length, locale), { count: this.items.length })}
      </p>
    </section>`;
  }

  #renderItem(item: PublicSignatory): TemplateResult {
    const locale = this.locale;
    const place = [
      item.departementCode,
      item.collectivityType && labelOf('collectivityType', item.collectivityType, locale),
    ]
      .filter(Boolean)
      .join(' · ');
    const person = item.representative
      ? `${item.representative.name}, ${item.representative.function ?? labelOf('representativeRole', item.representative.role, locale)}`
      : '';
    const name = item.name ?? this.t('widget.signatories.anonymous');
    // The signature's certificate on the registry (a page that tells its current state).
    const registry = this.registryUrl;
    return html`<li part="item">
      <span class="name">${name}</span>
      <span class="meta muted">${labelOf('signatoryKind', item.kind, locale)}${place ? ` · ${place}` : ''}</span>
      ${person ? html`<span class="meta">${person}</span>` : nothing}
      <span class="meta muted">${this.t('widget.signatories.published', { date: formatDate(item.publishedAt, locale) })}${
        item.deliberation ? html` ${this.#deliberation(item.deliberation)}` : nothing
      }</span>
      ${registry ? html`<a class="meta" part="certificate" href=${apiUrl(registry, apiPath(CERTIFICATE_PAGE_PATH, { id: item.id }))} aria-label=${`${this.t('widget.signatories.certificate')}, ${name}`}>${this.t('widget.signatories.certificate')}</a>` : nothing}
    </li>`;
  }

  /** « par délibération du 20 novembre 2023 », a link to it when it has one, its reference. */
  #deliberation(d: NonNullable<PublicSignatory['deliberation']>): TemplateResult {
    const words = this.t('widget.signatories.deliberation', {
      date: formatDate(d.date, this.locale),
    });
    const reference = this.t('widget.signatories.deliberation.reference', {
      reference: d.reference,
    });
    return html`${d.url ? html`<a href=${d.url} rel="noopener" target="_blank">${words}</a>` : words}
      (${reference})`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plateformcoop-signatories': PlateformcoopSignatories;
  }
}
