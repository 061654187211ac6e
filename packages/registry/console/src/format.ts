import type { Locale } from '@plateformcoop/model';

const dates = new Map<string, Intl.DateTimeFormat>();

/** A date and time in the console's language (`28 nov. 2026, 14:05`). */
export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '—';
  const key = `${locale}-dt`;
  let format = dates.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    dates.set(key, format);
  }
  return format.format(new Date(iso));
}

/** A day (`YYYY-MM-DD`) in the console's language. */
export function formatDay(day: string, locale: Locale): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'short',
  });
}

export function formatNumber(n: number | null | undefined, locale: Locale): string {
  return n === null || n === undefined
    ? '—'
    : n.toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB');
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Whether an e-mail domain looks like a body's name (`ville-roubaix.fr` and "Roubaix"): a hint
 * for the moderator, never a proof either way.
 */
export function domainLooksLike(domain: string, name: string): boolean {
  const host = fold(domain.replace(/\.[a-z]+$/i, ''));
  const compactHost = host.replace(/ /g, '');
  const words = fold(name)
    .split(' ')
    .filter((w) => w.length >= 4 && !['ville', 'commune', 'mairie', 'communaute'].includes(w));
  if (words.length === 0) return compactHost.includes(fold(name).replace(/ /g, ''));
  return words.some((w) => compactHost.includes(w));
}
