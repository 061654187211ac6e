import type { Locale } from '@plateformcoop/model';
import { catalogues } from './catalogues.js';
import { fillPlaceholders, type MessageParams } from './fill-placeholders.js';
import { isMessageCode, type MessageCode } from './message-code.js';

export type { MessageParams } from './fill-placeholders.js';

/**
 * The words for a code, in the given language (French when the language is unknown), with its
 * placeholders filled. An unknown code gets the generic "not valid" message rather than a
 * blank, so a person always reads something. This is the whole catalogue, every area: the
 * validator words its issues with `validationMessageFor`, which bundles only its own areas.
 */
export function messageFor(
  code: MessageCode,
  locale: Locale = 'fr',
  params?: MessageParams,
): string {
  const catalogue = Object.hasOwn(catalogues, locale) ? catalogues[locale] : catalogues.fr;
  const template = isMessageCode(code) ? catalogue[code] : catalogue['field.invalid'];
  return fillPlaceholders(template, params);
}
