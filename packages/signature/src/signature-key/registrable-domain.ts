import { getDomain } from 'tldts';

/**
 * The registrable domain of a website (one level below its public suffix, by the Public Suffix
 * List, private suffixes included): `https://www.mobicoop.fr/x` → `mobicoop.fr`,
 * `https://coopcycle.github.io` → `coopcycle.github.io` (github.io is a public suffix, so two
 * GitHub Pages sites are not one entity). `undefined` when there is none (an IP address, a bare
 * suffix).
 */
export function registrableDomain(website: string): string | undefined {
  const domain = getDomain(website, { allowPrivateDomains: true });
  return domain ? domain.toLowerCase() : undefined;
}
