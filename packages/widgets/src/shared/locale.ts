/** The languages the widgets speak; French first, as the manifesto. */
export type WidgetLocale = 'fr' | 'en';

export const DEFAULT_LOCALE: WidgetLocale = 'fr';

/** Maps a BCP 47 tag (`en-GB`, `fr-CA`, ...) to a language the widgets speak. */
export function toWidgetLocale(tag: string | null | undefined): WidgetLocale | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'fr' || primary === 'en' ? primary : undefined;
}

/**
 * The language of an element: its own `lang`, otherwise the nearest `[lang]` ancestor, across
 * shadow roots (a widget inside another component's shadow tree still follows the page).
 * A `lang` the widgets do not speak falls back to French.
 */
export function resolveLocale(element: Element): WidgetLocale {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return toWidgetLocale(withLang.getAttribute('lang')) ?? DEFAULT_LOCALE;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return DEFAULT_LOCALE;
}
