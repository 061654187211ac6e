import { z } from 'zod';
import type { RegistryContext } from '../registry-context.js';
import { moderatedKindsFor } from '../signatures/campaign-of.js';
import { lifecyclePatch } from '../signatures/lifecycle.js';
import { erasedPatch, isoNow } from '../signatures/signature-row.js';
import { changeStatus, RETENTION } from '../signatures/status-change.js';

/** What one run of the privacy rules did. */
export const RetentionReport = z
  .object({
    expired: z
      .number()
      .int()
      .describe('Never-confirmed signatures past the retention period, now expired and erased'),
    erased: z.number().int().describe('Closed signatures whose leftover personal data was erased'),
    pruned: z.number().int().describe('Spent challenges and mail-cap records past their use'),
  })
  .meta({ id: 'RetentionReport' });
export type RetentionReport = z.infer<typeof RetentionReport>;

/**
 * The privacy rules, applied now: a signature never confirmed is erased with its personal data
 * after `PENDING_RETENTION_DAYS`; a closed signature keeps no personal data. Idempotent.
 */
export async function applyRetention(ctx: RegistryContext): Promise<RetentionReport> {
  const now = ctx.now();
  const cutoff = isoNow(new Date(now.getTime() - ctx.config.pendingRetentionDays * 86_400_000));
  let expired = 0;
  for (const row of await ctx.store.signatures.pendingCreatedBefore(cutoff)) {
    const next = lifecyclePatch(row, 'expire', moderatedKindsFor(ctx, row.manifesto_id), now);
    if (!next) continue;
    if (
      await changeStatus(ctx, row, { ...next.patch, ...erasedPatch(isoNow(now), false) }, RETENTION)
    ) {
      expired++;
    }
  }
  let erased = 0;
  for (const row of await ctx.store.signatures.closedWithPersonalData()) {
    await ctx.store.signatures.update(row.id, erasedPatch(isoNow(now), row.status === 'rejected'));
    erased++;
  }
  const pruned =
    (await ctx.store.challenges.prune(now.toISOString())) + (await ctx.mail.prune(now));
  return { expired, erased, pruned };
}
