import type { Locale } from '@plateformcoop/model';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { AdminApi } from './admin-api.js';
import type { ConsoleContext } from './console-context.js';
import { type WordKey, wordsFor } from './words/words.js';

/**
 * What every view of the console shares: the context (API, language, manifesto, deferred actions)
 * and light DOM, so that one stylesheet (`console.css`, allowed by the CSP) styles the whole page.
 */
export class ConsoleElement extends LitElement {
  @property({ attribute: false }) context!: ConsoleContext;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  get api(): AdminApi {
    return this.context.api;
  }

  get locale(): Locale {
    return this.context.locale;
  }

  t(key: WordKey, params?: Record<string, string | number>): string {
    return wordsFor(this.context.locale, key, params);
  }
}
