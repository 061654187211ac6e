import type { Manifesto } from '@plateformcoop/model';
import { z } from 'zod';
import type { SignatureRow } from '../store/signature-store.js';

/** The council deliberation a signature was recorded from (a signature made offline). */
export const Deliberation = z.object({
  /** The date of the council's vote (`2026-03-14`). */
  date: z.string(),
  /** The deliberation's number or reference in the council's register. */
  reference: z.string(),
  url: z.string().optional(),
});
export type Deliberation = z.infer<typeof Deliberation>;

/**
 * The deliberation of a row, if it was recorded from one. The one place certificates and open
 * data read it: the campaigns' work records it in a `deliberation` column (JSON `{ date,
 * reference, url? }`), read here as soon as rows have it; until then no row has one, and every
 * signature reads as made online.
 */
export function deliberationOf(row: SignatureRow): Deliberation | undefined {
  const column = (row as { deliberation?: string | null }).deliberation;
  if (!column) return undefined;
  try {
    const parsed = Deliberation.safeParse(JSON.parse(column));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** A text signed before the current one, as the campaigns' manifestos keep them. */
interface EarlierVersion {
  version: string;
  contentHash: string;
}

/**
 * The text a row signed: its content hash (kept with every row), and its version when that hash
 * is the one of the text the registry serves, or of an earlier version the manifesto keeps
 * (`previousVersions`, with the campaigns' work).
 */
export function signedContentOf(
  row: SignatureRow,
  manifesto: Manifesto,
): { contentHash: string; version?: string } {
  const contentHash = row.manifesto_hash ?? manifesto.contentHash;
  if (contentHash === manifesto.contentHash) return { contentHash, version: manifesto.version };
  const earlier = (manifesto as { previousVersions?: readonly EarlierVersion[] }).previousVersions;
  const version = earlier?.find((v) => v.contentHash === contentHash)?.version;
  return version ? { contentHash, version } : { contentHash };
}
