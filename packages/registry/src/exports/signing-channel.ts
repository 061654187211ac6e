import type { Manifesto } from '@plateformcoop/model';
import { versionOfHash } from '../config/manifesto-campaign.js';
import type { SignatureRow } from '../store/signature-store.js';

export { deliberationOf } from '../signatures/signature-row.js';

/**
 * The text a row signed: its content hash (kept with every row), and its version when that hash
 * is the one of the text the registry serves, or of an earlier version the manifesto keeps
 * (`previousVersions`).
 */
export function signedContentOf(
  row: SignatureRow,
  manifesto: Manifesto,
): { contentHash: string; version?: string } {
  const contentHash = row.manifesto_hash ?? manifesto.contentHash;
  const version = versionOfHash(manifesto, contentHash);
  return version ? { contentHash, version } : { contentHash };
}
