import type { Locale } from '@plateformcoop/model';
import { identifierWords as enIdentifierWords } from './en/identifiers.js';
import { validationWords as enValidationWords } from './en/validation.js';
import { fillPlaceholders, type MessageParams } from './fill-placeholders.js';
import { identifierWords as frIdentifierWords } from './fr/identifiers.js';
import { validationWords as frValidationWords } from './fr/validation.js';
import type { ValidationMessageCode } from './message-code.js';

/** The words of one language for the validator's codes: the validation and identifier areas. */
type ValidationWords = { readonly [Code in ValidationMessageCode]: string };

// The same area modules as the whole catalogue (`fr.ts`, `en.ts`), assembled here without the
// other areas, so that what validates bundles none of the registry's, mails' or widgets' words.
const validationWords: Readonly<Record<Locale, ValidationWords>> = {
  fr: { ...frValidationWords, ...frIdentifierWords },
  en: { ...enValidationWords, ...enIdentifierWords },
};

/**
 * The words for one of the validator's codes, as `messageFor` gives them (French when the
 * language is unknown, placeholders filled, the generic `field.invalid` words for an unknown
 * code), from the validation and identifier areas alone.
 */
export function validationMessageFor(
  code: ValidationMessageCode,
  locale: Locale = 'fr',
  params?: MessageParams,
): string {
  const words = Object.hasOwn(validationWords, locale)
    ? validationWords[locale]
    : validationWords.fr;
  const template = Object.hasOwn(words, code) ? words[code] : words['field.invalid'];
  return fillPlaceholders(template, params);
}
