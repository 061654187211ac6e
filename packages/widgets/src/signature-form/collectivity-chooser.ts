import { type Collectivity, labelOf } from '@plateformcoop/model';
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { WidgetLocale } from '../shared/locale.js';
import type { MessageParams } from '../shared/messages.js';
import { getJson } from '../shared/registry-api.js';

/** What the chooser needs from the form that holds it. */
export interface CollectivityChooserOptions {
  /** The registry to search, if any. */
  registry(): string | undefined;
  /** A collectivity was chosen, or `undefined`: the person types again. */
  choose(collectivity: Collectivity | undefined): void;
  /** The search failed. */
  fail(cause: unknown): void;
}

/** What one render of the chooser shows. */
export interface CollectivityChooserView {
  /** The input's DOM id; the list's and the options' ids derive from it. */
  id: string;
  t(code: string, params?: MessageParams): string;
  locale: WidgetLocale;
  /** The collectivity chosen, announced to screen readers. */
  chosen?: Collectivity;
  /** The field's error, if any. */
  error?: string;
}

/** Letters typed before the list is searched, and the pause that ends a burst of typing. */
const MIN_QUERY = 2;
const PAUSE_MS = 200;
const MAX_SUGGESTIONS = 8;

/**
 * The collectivity chooser of the signature form: the ARIA 1.2 combobox pattern (an editable
 * input with a list of suggestions) over the registry's official list. Typing searches after a
 * pause; arrow keys move through the suggestions, Enter chooses one, Escape closes the list;
 * a click chooses too. The chosen collectivity goes to the form through `choose`.
 */
export class CollectivityChooser implements ReactiveController {
  /** The suggestions shown; the list is open when there is any. */
  suggestions: Collectivity[] = [];
  /** The suggestion the arrow keys point at (`-1`: none). */
  active = -1;
  readonly #host: ReactiveControllerHost & Element;
  readonly #options: CollectivityChooserOptions;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost & Element, options: CollectivityChooserOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  #show(suggestions: Collectivity[], active = -1): void {
    this.suggestions = suggestions;
    this.active = active;
    this.#host.requestUpdate();
  }

  // Arrow functions: Lit calls listeners with the element as `this`.
  readonly #onInput = (event: Event): void => {
    const q = (event.target as HTMLInputElement).value;
    this.#options.choose(undefined);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      const registry = this.#options.registry();
      if (!registry || q.trim().length < MIN_QUERY) return this.#show([]);
      getJson<Collectivity[]>(registry, 'v1/collectivities', {
        query: { q, limit: MAX_SUGGESTIONS },
      }).then((found) => this.#show(found), this.#options.fail);
    }, PAUSE_MS);
  };

  readonly #onKey = (event: KeyboardEvent): void => {
    const count = this.suggestions.length;
    if (event.key === 'ArrowDown' && count) this.#show(this.suggestions, (this.active + 1) % count);
    else if (event.key === 'ArrowUp' && count)
      this.#show(this.suggestions, (this.active - 1 + count) % count);
    else if (event.key === 'Enter' && this.active >= 0)
      this.#choose(this.suggestions[this.active]!, event.target as HTMLInputElement);
    else if (event.key === 'Escape') this.#show([]);
    else return;
    event.preventDefault();
  };

  #choose(collectivity: Collectivity, input: HTMLInputElement | null | undefined): void {
    this.#show([]);
    if (input) {
      input.value = collectivity.name;
      input.focus();
    }
    this.#options.choose(collectivity);
  }

  render({ id, t, locale, chosen, error }: CollectivityChooserView): TemplateResult {
    const open = this.suggestions.length > 0;
    const list = `${id}-list`;
    const option = (i: number) => `${id}-o${i}`;
    const input = () => this.#host.shadowRoot?.getElementById(id) as HTMLInputElement | null;
    return html`<div class="field">
      <label for=${id}>${t('widget.form.collectivity')} *</label>
      <p class="hint" id=${`${id}-hint`}>${t('widget.form.collectivity.hint')}</p>
      ${error ? html`<p class="error" id=${`${id}-error`}>${error}</p>` : nothing}
      <input id=${id} type="text" role="combobox" autocomplete="off" aria-autocomplete="list"
        aria-expanded=${open ? 'true' : 'false'} aria-controls=${list}
        aria-activedescendant=${this.active >= 0 ? option(this.active) : nothing} aria-required="true"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-error ${id}-hint` : `${id}-hint`}
        @input=${this.#onInput} @keydown=${this.#onKey} />
      <ul class="listbox" id=${list} role="listbox" aria-label=${t('widget.form.collectivity')} ?hidden=${!open}>
        ${this.suggestions.map(
          (
            c,
            i,
          ) => html`<li id=${option(i)} role="option" aria-selected=${i === this.active ? 'true' : 'false'}
            @click=${() => this.#choose(c, input())}>
            ${c.name} (${labelOf('collectivityType', c.type, locale)}${c.departementCode ? `, ${c.departementCode}` : ''})
          </li>`,
        )}
      </ul>
      <p class="visually-hidden" role="status">
        ${
          chosen
            ? t('widget.form.collectivity.chosen', { name: chosen.name })
            : open
              ? t('widget.form.collectivity.results', { count: this.suggestions.length })
              : ''
        }
      </p>
    </div>`;
  }
}
