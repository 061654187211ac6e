import type { Locale } from '@plateformcoop/model';
import { en } from './en.js';
import { fr, type WordKey } from './fr.js';

export type { WordKey };

const catalogues: Record<Locale, Record<WordKey, string>> = { fr, en };

/** The console's words for `key` in `locale`, `{param}` placeholders filled. */
export function wordsFor(
  locale: Locale,
  key: WordKey,
  params: Record<string, string | number> = {},
): string {
  return catalogues[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** French unless the browser prefers English. */
export function initialLocale(): Locale {
  const saved = sessionStorage.getItem('plateformcoop-console-locale');
  if (saved === 'fr' || saved === 'en') return saved;
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'fr';
}
