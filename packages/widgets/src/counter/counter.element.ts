import type { Counter, SignatoryKind } from '@plateformcoop/model';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { watchCounter } from '../shared/counter-stream.js';
import { PlateformcoopElement } from '../shared/plateformcoop-element.js';
import {
  dispatchWidgetEvent,
  WIDGET_COUNTER_CHANGE,
  WIDGET_LOAD,
  type WidgetErrorDetail,
} from '../shared/widget-events.js';
import { counterStyles } from './counter.styles.js';
import { en, fr } from './counter.words.js';
import { countOf, progressOf } from './counter-value.js';

/**
 * The number of published signatures of a manifesto, optionally for one kind of signatory or one
 * territory, with an optional goal and progress bar. With `live`, it follows the registry's event
 * stream and announces each change politely; when the registry refuses the stream (past its caps
 * of streams), it reads the counter's document every `pollIntervalMs` instead.
 *
 * @summary Live counter of signatures.
 * @tag plateformcoop-counter
 *
 * @fires plateformcoop-counter-change - A new value arrived. `detail: { count, counter }`.
 * @fires plateformcoop-load - The first value is shown. `detail: { count, counter }`.
 * @fires plateformcoop-error - The registry could not be read. `detail: { code, message }`.
 *
 * @slot - The words under the number, in the page's language, when "signatures" is not the
 *   right word (`collectivités signataires`, `plateformes dans le Nord`).
 *
 * @csspart base - The box around the counter.
 * @csspart number - The number.
 * @csspart label - The words under the number.
 * @csspart progress - The progress bar's track.
 * @csspart progress-bar - The filled part of the progress bar.
 * @csspart goal - The "x of goal" line.
 *
 * @cssprop --plateformcoop-color-primary - Number and progress bar colour (default #1d4f91).
 * @cssprop --plateformcoop-color-track - The progress bar's track (default #dde3ea).
 * @cssprop --plateformcoop-color-text - Text colour (default #1b1b1b).
 * @cssprop --plateformcoop-color-surface - Background (default #ffffff).
 * @cssprop --plateformcoop-color-border - Border colour (default #767676).
 * @cssprop --plateformcoop-font-family - Font (default: the page's).
 * @cssprop --plateformcoop-font-size - Base size every length derives from (default: medium).
 * @cssprop --plateformcoop-radius - Corner radius (default 0.375em).
 * @cssprop --plateformcoop-spacing - Inner padding (default 1em).
 */
export class PlateformcoopCounter extends PlateformcoopElement {
  static override styles = [...PlateformcoopElement.styles, counterStyles];
  static override messages = { fr, en };

  static override properties = {
    ...PlateformcoopElement.properties,
    kind: {},
    departement: {},
    region: {},
    goal: {},
    live: { type: Boolean },
    counter: { state: true },
    failure: { state: true },
    announcement: { state: true },
  };

  /** Count only this kind: `collectivity`, `platform`, `organization` or `individual`. */
  kind?: SignatoryKind;

  /** Count only this département (code, e.g. `59`, `2A`). Takes precedence over `kind`. */
  departement?: string;

  /** Count only this région (COG code, e.g. `32`). */
  region?: string;

  /**
   * Shows a progress bar: a number is the goal; an empty attribute uses the registry's goal.
   * Set it in the markup so that its room is reserved before the data arrives.
   */
  goal?: string;

  /** Follow the registry's event stream and update without reloading. */
  live = false;

  private counter?: Counter;
  private failure?: WidgetErrorDetail;
  private announcement = '';

  /**
   * How often a live counter whose stream the registry refused (its caps of streams per client
   * or in all are reached: 429, 503) reads the counter's document instead, which browsers and
   * CDNs may keep a few seconds.
   */
  static pollIntervalMs = 15_000;

  /** Stops reading and following the counter. */
  #unwatch?: (() => void) | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#close();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('registry') || changed.has('manifesto') || changed.has('live')) this.#open();
  }

  /** The number for the current filters, once loaded. */
  get count(): number | undefined {
    return this.counter && countOf(this.counter, this);
  }

  #open(): void {
    this.#close();
    const registry = this.registryUrl;
    if (!registry) {
      this.failure = this.reportError({ code: 'widget.registry-missing' });
      return;
    }
    this.#unwatch = watchCounter(
      registry,
      this.manifesto,
      { locale: this.locale, live: this.live, pollIntervalMs: PlateformcoopCounter.pollIntervalMs },
      (counter) => this.#receive(counter),
      (cause) => (this.failure = this.reportError(cause)),
    );
  }

  #close(): void {
    this.#unwatch?.();
  }

  #receive(counter: Counter): void {
    const before = this.count;
    this.counter = counter;
    this.failure = undefined;
    const count = countOf(counter, this);
    const detail = { count, counter };
    if (before === undefined) dispatchWidgetEvent(this, WIDGET_LOAD, detail);
    else if (before !== count) {
      this.announcement = this.t('widget.counter.changed', { count: this.formatNumber(count) });
      // A short highlight of the new number, unless the person asked for less motion.
      if (!matchMedia('(prefers-reduced-motion: reduce)').matches) {
        this.renderRoot.querySelector('.number')?.animate({ scale: [1.15, 1] }, 400);
      }
    }
    dispatchWidgetEvent(this, WIDGET_COUNTER_CHANGE, detail);
  }

  #goal(): number | undefined {
    const explicit = Number(this.goal);
    return explicit > 0 ? explicit : this.counter?.goal;
  }

  protected override render(): TemplateResult {
    const count = this.count;
    // French and English plural rules differ on 0: Intl knows.
    const label = this.t(
      `widget.counter.label.${new Intl.PluralRules(this.locale).select(count ?? 2) === 'one' ? 'one' : 'other'}`,
    );
    // Seen as a big number over its words; heard as one sentence, « 4 collectivités
    // signataires », with the page's words when it gives some.
    const words = this.textContent!.trim().replace(/\s+/g, ' ') || label;
    return html`<div class="surface" part="base">
      ${
        this.failure
          ? html`<p class="error-text" part="error">${this.failure.message}</p>`
          : html`<p class="number" part="number" aria-hidden="true">${count === undefined ? '\u2007' : this.formatNumber(count)}</p>
            <p class="visually-hidden">${count === undefined ? this.t('widget.loading') : `${this.formatNumber(count)} ${words}`}</p>`
      }
      <p class="label" part="label" aria-hidden="true"><slot @slotchange=${() => this.requestUpdate()}>${label}</slot></p>
      ${this.goal === undefined ? nothing : this.#renderGoal(count ?? 0, this.#goal())}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }

  protected override updated(): void {
    // The bar's width is set through the CSSOM, which a strict Content-Security-Policy allows.
    const bar = this.renderRoot.querySelector<HTMLElement>('.bar');
    if (bar) bar.style.width = `${progressOf(this.count ?? 0, this.#goal()) * 100}%`;
  }

  #renderGoal(count: number, goal: number | undefined): TemplateResult {
    const text = goal ? this.t('widget.counter.goal', { goal: this.formatNumber(goal) }) : '';
    return html`<div class="track" part="progress" role="progressbar" aria-label=${this.t('widget.counter.progress')} aria-valuemax=${goal ?? 100} aria-valuenow=${goal ? Math.min(count, goal) : 0}>
        <div class="bar" part="progress-bar"></div>
      </div>
      <p class="goal muted" part="goal">${text}\u00a0</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plateformcoop-counter': PlateformcoopCounter;
  }
}
