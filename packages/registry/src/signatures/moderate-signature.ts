import type { SignatureStatus, StatusAnswer } from '@plateformcoop/model';
import { DomainError } from '../domain-error.js';
import type { MailMessage } from '../mail/mailer.js';
import { rejectionMail } from '../mail/messages.js';
import type { RegistryContext } from '../registry-context.js';
import type { SignatureRow } from '../store/signature-store.js';
import { isUniqueViolation } from '../store/unique-violation.js';
import { mailContextFor, moderatedKindsFor } from './campaign-of.js';
import { hasContact } from './contact.js';
import { lifecyclePatch } from './lifecycle.js';
import { afterPublication, afterUnpublication, publishedMailOf } from './publication.js';
import { erasedPatch, isoNow, submissionOf } from './signature-row.js';
import { changeStatus, moderator } from './status-change.js';

async function moderate(
  ctx: RegistryContext,
  id: string,
  event: 'publish' | 'reject',
  by: string,
  reason?: string,
): Promise<{ row: SignatureRow; answer: StatusAnswer; mailed: boolean }> {
  const row = await ctx.store.signatures.findById(id);
  if (!row) throw new DomainError('not_found');
  const next = lifecyclePatch(row, event, moderatedKindsFor(ctx, row.manifesto_id), ctx.now());
  if (!next) throw new DomainError('transition.forbidden');
  // A rejected signature keeps no personal data: nobody will act on it again.
  const patch =
    event === 'reject' ? { ...next.patch, ...erasedPatch(isoNow(ctx.now()), true) } : next.patch;
  // The signer's mail (published, or rejected with the reason) commits with the decision; a
  // rejection's is composed from the row before its personal data is erased.
  const mail =
    event === 'publish' ? await publishedMailOf(ctx, row) : rejectionMailOf(ctx, row, reason);
  let changed: boolean;
  try {
    changed = await changeStatus(ctx, row, patch, moderator(by), reason, mail);
  } catch (error) {
    // One published signature per entity: another one of it is published already.
    if (isUniqueViolation(error)) throw new DomainError('signature.competing');
    throw error;
  }
  if (!changed) throw new DomainError('transition.forbidden');
  return {
    row: { ...row, ...patch } as SignatureRow,
    answer: { id, status: next.status as SignatureStatus },
    mailed: mail !== undefined,
  };
}

/**
 * A moderator (`by`, the admin token's name) publishes a confirmed signature; 409
 * `signature.competing` while another signature of the same entity is published.
 */
export async function publishSignature(
  ctx: RegistryContext,
  id: string,
  by = 'admin',
): Promise<StatusAnswer> {
  const { row, answer, mailed } = await moderate(ctx, id, 'publish', by);
  await afterPublication(ctx, row, row.published_at!);
  return { ...answer, mailed };
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
  return answer;
}

/**
 * Tells the signer their signature was not published, and the moderator's reason; composed from
 * the row as it was before rejection, since rejection erases the address.
 */
function rejectionMailOf(
  ctx: RegistryContext,
  before: SignatureRow,
  reason: string | undefined,
): MailMessage | undefined {
  const submission = submissionOf(before);
  if (!submission || !hasContact(submission)) return undefined;
  return rejectionMail({ ...mailContextFor(ctx, submission), reason });
}
