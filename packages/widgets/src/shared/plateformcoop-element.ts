import { LitElement } from 'lit';
import { defaultRegistry } from './default-registry.js';
import { DEFAULT_LOCALE, resolveLocale, toWidgetLocale, type WidgetLocale } from './locale.js';
import { type MessageParams, type MessageTable, translate } from './messages.js';
import { themeStyles } from './theme.styles.js';
import { WIDGETS_VERSION } from './version.js';
import { dispatchWidgetEvent, WIDGET_ERROR, type WidgetErrorDetail } from './widget-events.js';

/** The manifesto a widget shows when its `manifesto` attribute is absent. */
export const DEFAULT_MANIFESTO = 'plateformcoop-2023';

/**
 * What every PlateformCoop element shares: the `registry`, `manifesto` and `lang` attributes,
 * language inheritance from the page, the theme, words from the message catalogue and errors
 * reported as `plateformcoop-error` events.
 */
export abstract class PlateformcoopElement extends LitElement {
  /** Read by `defineElement` to tell two copies of the widgets apart. */
  static readonly version = WIDGETS_VERSION;

  static override styles = [themeStyles];

  /**
   * The element's own area of the core's message catalogue; the area every widget shares
   * (loading, failures) is looked up after it.
   */
  static messages?: MessageTable;

  // Reactive properties are declared statically (no decorators): smaller bundles.
  static override properties = {
    registry: {},
    manifesto: {},
    lang: {},
  };

  /** Base URL of the registry's HTTP API, e.g. `https://signer.example.org`. */
  registry = '';

  /** Id of the manifesto. */
  manifesto = DEFAULT_MANIFESTO;

  /**
   * `fr` (default) or `en`; when absent, the language of the nearest ancestor with a `lang`
   * attribute.
   */
  declare lang: string;

  /** The language the element speaks now. */
  get locale(): WidgetLocale {
    // Its own `lang`, the property as soon as it is set (its attribute follows only after the
    // render), else the nearest `[lang]` ancestor's.
    return this.lang ? (toWidgetLocale(this.lang) ?? DEFAULT_LOCALE) : resolveLocale(this);
  }

  /** A message of the catalogue in the element's language. */
  protected t(code: string, params?: MessageParams): string {
    return translate(
      (this.constructor as typeof PlateformcoopElement).messages,
      code,
      this.locale,
      params,
    );
  }

  /** The registry's base URL: the attribute, or the registry that served the bundle. */
  protected get registryUrl(): string | undefined {
    return this.registry || defaultRegistry;
  }

  /** Turns any failure into a stable code and a message, and tells the host page. */
  protected reportError(cause: unknown): WidgetErrorDetail {
    // A RegistryError, or any failure that carries a stable code; anything else is unexpected.
    const carried = (cause as { code?: unknown } | undefined)?.code;
    const code = typeof carried === 'string' ? carried : 'widget.unexpected';
    // The registry words its own errors (same catalogue, asked in the element's language);
    // the widgets word the rest (no answer, an answer that is not the registry's, no registry).
    const message = (typeof carried === 'string' && (cause as Error).message) || this.t(code);
    const detail = { code, message };
    dispatchWidgetEvent(this, WIDGET_ERROR, detail);
    return detail;
  }

  protected formatNumber(value: number): string {
    return value.toLocaleString(this.locale); // `fr`: 1 234 ; `en`: 1,234
  }
}
