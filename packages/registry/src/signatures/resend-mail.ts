import type { ResendAnswer } from '@plateformcoop/model';
import { verifyToken } from '@plateformcoop/signature';
import { DomainError } from '../domain-error.js';
import type { RegistryContext } from '../registry-context.js';
import { submissionOf } from './signature-row.js';
import { RESEND_PURPOSE, sendConfirmationMail } from './submit-signature.js';
import { tokenOf } from './token-actions.js';

/**
 * « Send the e-mail again »: with the token of a submission's answer (or of an expired link's
 * page), a signature that still waits for its confirmation gets a new confirmation mail, within
 * the daily cap per address (the route's rate limit counts too). The answer is the same whatever
 * the signature's state, or whether it exists, so that nobody learns what is pending.
 */
export async function resendMail(ctx: RegistryContext, body: unknown): Promise<ResendAnswer> {
  const verified = await verifyToken(tokenOf(body), {
    secret: ctx.tokenSecret,
    purpose: RESEND_PURPOSE,
    now: ctx.now(),
  });
  if (!verified.ok) throw new DomainError(verified.code);
  const row = await ctx.store.signatures.findById(verified.signatureId);
  const submission = row?.status === 'pending_confirmation' ? submissionOf(row) : undefined;
  if (row && submission) await sendConfirmationMail(ctx, row.id, submission, ctx.now());
  return { status: 'accepted' };
}
