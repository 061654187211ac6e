import type { Locale } from '@plateformcoop/model';

/** French unless the request prefers English (Accept-Language), the registry's two languages. */
export function localeOf(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'fr';
  let best: { locale: Locale; q: number } = { locale: 'fr', q: 0 };
  for (const part of acceptLanguage.split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const q = Number(params.find((p) => p.trim().startsWith('q='))?.split('=')[1] ?? 1);
    const locale = tag.startsWith('en') ? 'en' : tag.startsWith('fr') ? 'fr' : undefined;
    if (locale && q > best.q) best = { locale, q };
  }
  return best.locale;
}
