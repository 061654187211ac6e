import { foldForSearch } from '../geo/fold.js';

/** A URL-safe slug from a name: `Vélo Partage Coop` -> `velo-partage-coop`. */
export function slugify(name: string): string {
  const slug = foldForSearch(name)
    .replace(/%/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'plateforme';
}

/** The host of a website, without `www.`, for matching a signing platform to a known one. */
export function domainOf(website: string | undefined): string | null {
  if (!website) return null;
  try {
    return new URL(website).hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
