import { widgetSharedWords as en } from '@plateformcoop/signature/messages/en/widget-shared';
import { widgetSharedWords as fr } from '@plateformcoop/signature/messages/fr/widget-shared';
import type { WidgetLocale } from './locale.js';

export type MessageParams = Record<string, string | number>;

/**
 * One area of the core's message catalogue (`@plateformcoop/signature/messages/<locale>/<area>`),
 * in every language the widgets speak.
 */
export type MessageTable = Readonly<Record<WidgetLocale, Readonly<Record<string, string>>>>;

/** The words every widget may show (loading, failures). */
const shared: MessageTable = { fr, en };

/**
 * The words of a message code in a language, looked up in an element's own area of the
 * catalogue, then in the shared one, with `{name}` placeholders filled in. Each element bundles
 * only the areas it uses. An unknown code shows the code itself, so a missing word is visible,
 * never silently blank.
 */
export function translate(
  own: MessageTable | undefined,
  code: string,
  locale: WidgetLocale,
  params?: MessageParams,
): string {
  const template = own?.[locale][code] ?? shared[locale][code] ?? code;
  // Not the core's `fillPlaceholders`: its own-property check costs the counter 20 bytes gzip,
  // over its budget, and the widgets' words never name a placeholder inherited from Object.
  return params
    ? template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole))
    : template;
}

/**
 * The code of a message that depends on a number: `<code>.one` or `<code>.other`, as the
 * language's plural rules (`Intl.PluralRules`) choose (French says « 0 collectivité », English
 * « 0 local authorities »). Every other category (French `many` for a million) takes `other`.
 */
export function pluralCode(code: string, count: number, locale: WidgetLocale): string {
  return `${code}.${new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other'}`;
}
