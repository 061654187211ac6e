import { SignatoryKind, SignatureStatus } from '@plateformcoop/model';
import { z } from 'zod';
import type { RegistryContext } from '../registry-context.js';
import type { SignatureRow } from '../store/signature-store.js';

/** One signature a privacy command would touch, without its personal data. */
export const ErasureItem = z
  .object({
    id: z.string(),
    kind: SignatoryKind,
    name: z.string().nullable().describe("A body's public name; never a person's"),
    status: SignatureStatus,
    createdAt: z.string(),
    action: z.enum(['expire', 'erase', 'anonymize']).describe('What happens to it'),
    keepsInstitution: z
      .boolean()
      .describe("Whether the body's name and codes stay public afterwards"),
  })
  .meta({ id: 'ErasureItem' });
export type ErasureItem = z.infer<typeof ErasureItem>;

/** What a privacy command would erase, listed before it runs. */
export const ErasurePreview = z.object({ items: z.array(ErasureItem) });
export type ErasurePreview = z.infer<typeof ErasurePreview>;

const itemOf = (
  row: SignatureRow,
  action: ErasureItem['action'],
  keepsInstitution: boolean,
): ErasureItem => ({
  id: row.id,
  kind: row.kind as ErasureItem['kind'],
  name: row.kind === 'individual' ? null : row.entity_name,
  status: row.status as ErasureItem['status'],
  createdAt: row.created_at,
  action,
  keepsInstitution,
});

/**
 * What `retention` would do now (the same rules as `applyRetention`, read-only): never-confirmed
 * signatures past `PENDING_RETENTION_DAYS` expire and lose their personal data; closed ones that
 * still carry any lose it.
 */
export async function retentionPreview(ctx: RegistryContext): Promise<ErasurePreview> {
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
): Promise<ErasurePreview> {
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
