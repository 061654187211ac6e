import type { WidgetLocale } from './locale.js';

export type MessageParams = Record<string, string | number>;

/** Words by message code, in one language. */
export type Messages = Record<string, string>;

/** One slice of the message catalogue, in every language the widgets speak. */
export type MessageTable = Record<WidgetLocale, Messages>;

/**
 * The words of a message code in a language, looked up in the given slices of the catalogue,
 * with `{name}` placeholders filled in. Each element bundles only the slices it uses. An unknown
 * code shows the code itself, so a missing word is visible, never silently blank.
 */
export function translate(
  tables: readonly MessageTable[],
  code: string,
  locale: WidgetLocale,
  params?: MessageParams,
): string {
  let template: string | undefined;
  for (const table of tables) template ??= table[locale][code];
  template ??= code;
  return params
    ? template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole))
    : template;
}
