import type { Manifesto } from './manifesto.schema.js';

/** JSON with object keys sorted, so that the same content always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The content hash of a manifesto: SHA-256 (WebCrypto, so it runs everywhere) of the canonical
 * JSON of everything a signer reads and adopts: id, version, texts, commitment groups,
 * commitments and accepted kinds. The hash itself is left out, of course.
 */
export async function manifestoContentHash(
  manifesto: Omit<Manifesto, 'contentHash'>,
): Promise<string> {
  const { id, version, texts, commitmentGroups, commitments, acceptedKinds } = manifesto;
  const bytes = new TextEncoder().encode(
    canonicalJson({ id, version, texts, commitmentGroups, commitments, acceptedKinds }),
  );
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return `sha256:${Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
