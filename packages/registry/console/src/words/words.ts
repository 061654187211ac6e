import type { Locale } from '@plateformcoop/model';
import { consoleWords as en } from '@plateformcoop/signature/messages/en/console';
import { fillPlaceholders } from '@plateformcoop/signature/messages/fill-placeholders';
import { consoleWords as fr } from '@plateformcoop/signature/messages/fr/console';

/** The console's area of the catalogue: its codes are `console.<key>`. */
type ConsoleCode = keyof typeof fr;

type Unprefixed<Code> = Code extends `console.${infer Key}` ? Key : never;

/** A code of the console's area without its `console.` prefix, e.g. `'queue.empty'`. */
export type WordKey = Unprefixed<ConsoleCode>;

const catalogues: Record<Locale, Record<ConsoleCode, string>> = { fr, en };

/** The console's words for `key` in `locale`, `{param}` placeholders filled. */
export function wordsFor(
  locale: Locale,
  key: WordKey,
  params: Record<string, string | number> = {},
): string {
  return fillPlaceholders(catalogues[locale][`console.${key}`], params);
}

/** French unless the browser prefers English. */
export function initialLocale(): Locale {
  const saved = sessionStorage.getItem('plateformcoop-console-locale');
  if (saved === 'fr' || saved === 'en') return saved;
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'fr';
}
