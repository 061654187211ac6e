import type { SignatureStatus } from '@plateformcoop/model';
import { ApiError } from '../http/api-error.js';
import type { RegistryContext } from '../registry-context.js';
import type { SignatureRow } from '../store/signature-store.js';
import { lifecyclePatch } from './lifecycle.js';
import { afterPublication, afterUnpublication } from './publication.js';
import { erasedPatch, isoNow } from './signature-row.js';
import type { StatusAnswer } from './token-actions.js';

async function moderate(
  ctx: RegistryContext,
  id: string,
  event: 'publish' | 'reject',
): Promise<{ row: SignatureRow; answer: StatusAnswer }> {
  const row = await ctx.store.signatures.findById(id);
  if (!row) throw new ApiError(404, 'not_found');
  const next = lifecyclePatch(row, event, ctx.config.moderatedKinds, ctx.now());
  if (!next) throw new ApiError(409, 'transition.forbidden');
  // A rejected signature keeps no personal data: nobody will act on it again.
  const patch =
    event === 'reject' ? { ...next.patch, ...erasedPatch(isoNow(ctx.now()), true) } : next.patch;
  if (!(await ctx.store.signatures.updateIfStatus(row.id, row.status, patch)))
    throw new ApiError(409, 'transition.forbidden');
  return {
    row: { ...row, ...patch } as SignatureRow,
    answer: { id, status: next.status as SignatureStatus },
  };
}

/** A moderator publishes a confirmed signature. */
export async function publishSignature(ctx: RegistryContext, id: string): Promise<StatusAnswer> {
  const { row, answer } = await moderate(ctx, id, 'publish');
  await afterPublication(ctx, row, row.published_at!);
  return answer;
}

/** A moderator rejects a signature (published or not). */
export async function rejectSignature(ctx: RegistryContext, id: string): Promise<StatusAnswer> {
  const before = await ctx.store.signatures.findById(id);
  const { row, answer } = await moderate(ctx, id, 'reject');
  if (before?.status === 'published') await afterUnpublication(ctx, row);
  return answer;
}
