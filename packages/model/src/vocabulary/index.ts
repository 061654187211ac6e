import type { Locale } from '../primitives/text.js';
import { en } from './en.js';
import { fr } from './fr.js';
import type { Vocabulary } from './vocabulary.js';

export type { Vocabulary } from './vocabulary.js';

export const vocabularies: Record<Locale, Vocabulary> = { fr, en };

/** The word for a value of one of the model's closed lists, in the given language. */
export function labelOf<L extends keyof Vocabulary>(
  list: L,
  value: keyof Vocabulary[L],
  locale: Locale = 'fr',
): string {
  return (
    (vocabularies[locale][list] as Record<PropertyKey, string>)[value as PropertyKey] ??
    String(value)
  );
}
