import type { Manifesto } from '@plateformcoop/model';
import { z } from 'zod';
import { submissionOf } from '../signatures/signature-row.js';
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
 * data read it: the campaigns' work records it with the signature (a `deliberation` of the
 * public signatory); until then no row has one, and every signature reads as made online.
 */
export function deliberationOf(row: SignatureRow): Deliberation | undefined {
  const recorded = (submissionOf(row) as { deliberation?: unknown } | undefined)?.deliberation;
  const parsed = Deliberation.safeParse(recorded);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The text a row signed: its content hash (kept with every row), and its version when the row
 * records one or when that hash is the one of the text the registry serves.
 */
export function signedContentOf(
  row: SignatureRow,
  manifesto: Manifesto,
): { contentHash: string; version?: string } {
  const contentHash = row.manifesto_hash ?? manifesto.contentHash;
  const recorded = (submissionOf(row) as { manifestoVersion?: unknown } | undefined)
    ?.manifestoVersion;
  if (typeof recorded === 'string') return { contentHash, version: recorded };
  return contentHash === manifesto.contentHash
    ? { contentHash, version: manifesto.version }
    : { contentHash };
}
