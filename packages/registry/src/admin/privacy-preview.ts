import type { RegistryContext } from '../registry-context.js';
import type { SignatureRow } from '../store/signature-store.js';

/** One signature a privacy command would touch, without its personal data. */
export interface ErasureItem {
  id: string;
  kind: string;
  /** A body's public name; never a person's. */
  name: string | null;
  status: string;
  createdAt: string;
  /** What happens to it. */
  action: 'expire' | 'erase' | 'anonymize';
  /** Whether the body's name and codes stay public afterwards. */
  keepsInstitution: boolean;
}

const itemOf = (
  row: SignatureRow,
  action: ErasureItem['action'],
  keepsInstitution: boolean,
): ErasureItem => ({
  id: row.id,
  kind: row.kind,
  name: row.kind === 'individual' ? null : row.entity_name,
  status: row.status,
  createdAt: row.created_at,
  action,
  keepsInstitution,
});

/**
 * What `retention` would do now (the same rules as `applyRetention`, read-only): never-confirmed
 * signatures past `PENDING_RETENTION_DAYS` expire and lose their personal data; closed ones that
 * still carry any lose it.
 */
export async function retentionPreview(ctx: RegistryContext): Promise<{ items: ErasureItem[] }> {
  const now = ctx.now();
  const cutoff = new Date(now.getTime() - ctx.config.pendingRetentionDays * 86_400_000)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
  const expiring = await ctx.store.signatures.pendingCreatedBefore(cutoff);
  const closed = await ctx.store.signatures.closedWithPersonalData();
  return {
    items: [
      ...expiring.map((r) => itemOf(r, 'expire', false)),
      ...closed.map((r) => itemOf(r, 'erase', r.status === 'rejected')),
    ],
  };
}

/** What `anonymize` would do to a manifesto's signatures (the rules of `anonymizeManifesto`). */
export async function anonymizePreview(
  ctx: RegistryContext,
  manifestoId: string,
): Promise<{ items: ErasureItem[] }> {
  const rows = await ctx.store.signatures.manifestoRows(manifestoId);
  return {
    items: rows
      .filter((r) => r.submission !== null)
      .map((r) => {
        const pending = r.status === 'pending_confirmation';
        return itemOf(r, pending ? 'expire' : 'anonymize', r.kind !== 'individual' && !pending);
      }),
  };
}
