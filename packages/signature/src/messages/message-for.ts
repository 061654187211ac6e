import type { Locale } from '@plateformcoop/model';
import { catalogues } from './catalogues.js';
import { isMessageCode, type MessageCode } from './message-code.js';

/** Values for the `{name}` placeholders of a message. */
export type MessageParams = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * The words for a code, in the given language (French when the language is unknown), with its
 * placeholders filled. An unknown code gets the generic "not valid" message rather than a
 * blank, so a person always reads something.
 */
export function messageFor(
  code: MessageCode,
  locale: Locale = 'fr',
  params?: MessageParams,
): string {
  const catalogue = Object.hasOwn(catalogues, locale) ? catalogues[locale] : catalogues.fr;
  const template = isMessageCode(code) ? catalogue[code] : catalogue['field.invalid'];
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
