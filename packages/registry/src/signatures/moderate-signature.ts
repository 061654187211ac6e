import type { SignatureStatus } from '@plateformcoop/model';
import { sendRejectionMail } from '../admin/rejection-mail.js';
import { changeStatus, moderator } from '../admin/status-change.js';
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
  by: string,
  reason?: string,
): Promise<{ row: SignatureRow; answer: StatusAnswer }> {
  const row = await ctx.store.signatures.findById(id);
  if (!row) throw new ApiError(404, 'not_found');
  const next = lifecyclePatch(row, event, ctx.config.moderatedKinds, ctx.now());
  if (!next) throw new ApiError(409, 'transition.forbidden');
  // A rejected signature keeps no personal data: nobody will act on it again.
  const patch =
    event === 'reject' ? { ...next.patch, ...erasedPatch(isoNow(ctx.now()), true) } : next.patch;
  if (!(await changeStatus(ctx, row, patch, moderator(by), reason)))
    throw new ApiError(409, 'transition.forbidden');
  return {
    row: { ...row, ...patch } as SignatureRow,
    answer: { id, status: next.status as SignatureStatus },
  };
}

/** A moderator (`by`, the admin token's name) publishes a confirmed signature. */
export async function publishSignature(
  ctx: RegistryContext,
  id: string,
  by = 'admin',
): Promise<StatusAnswer> {
  const { row, answer } = await moderate(ctx, id, 'publish', by);
  await afterPublication(ctx, row, row.published_at!);
  return answer;
}

/** A moderator rejects a signature (published or not); the signer is mailed the reason. */
export async function rejectSignature(
  ctx: RegistryContext,
  id: string,
  by = 'admin',
  reason?: string,
): Promise<StatusAnswer> {
  const before = await ctx.store.signatures.findById(id);
  const { row, answer } = await moderate(ctx, id, 'reject', by, reason);
  if (before?.status === 'published') await afterUnpublication(ctx, row);
  if (before) await sendRejectionMail(ctx, before, reason);
  return answer;
}
