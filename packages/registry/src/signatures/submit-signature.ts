import { randomBytes } from 'node:crypto';
import {
  CONFIRM_PAGE_PATH,
  type Locale,
  type SignatureSubmission,
  type SubmissionReceipt,
  withQuery,
} from '@plateformcoop/model';
import {
  createToken,
  signatureKey,
  validateSignature,
  verifyProofOfWork,
} from '@plateformcoop/signature';
import { DomainError } from '../domain-error.js';
import type { MailQueue } from '../mail/mail-service.js';
import { alreadySignedMail, confirmationMail } from '../mail/messages.js';
import type { RegistryContext } from '../registry-context.js';
import { checkCollectivityExists } from './collectivity-check.js';
import { canonicalContact, signatureMailContext } from './contact.js';
import { isoNow, newSignatureRow } from './signature-row.js';

/** The purpose of the token that has a signature's mail sent again (`POST /v1/resends`). */
export const RESEND_PURPOSE = 'resend';

/**
 * The token the submission's answer carries: it lets the form's « send the e-mail again » act on
 * this signature, as long as a pending signature is kept.
 */
export function resendTokenFor(ctx: RegistryContext, id: string, now: Date): Promise<string> {
  return createToken({
    secret: ctx.tokenSecret,
    purpose: RESEND_PURPOSE,
    signatureId: id,
    expiresAt: new Date(now.getTime() + ctx.config.pendingRetentionDays * 86_400_000),
  });
}

/**
 * The confirmation mail of a pending signature, with a new link (each mail its own token), the
 * next step for its kind, and the page it was signed from. Resolves to whether it goes (the
 * daily cap per address may hold it back). With `tx` it is queued in that transaction.
 */
export async function sendConfirmationMail(
  ctx: RegistryContext,
  id: string,
  submission: SignatureSubmission,
  now: Date,
  tx?: MailQueue,
): Promise<boolean> {
  const token = await createToken({
    secret: ctx.tokenSecret,
    purpose: 'confirm',
    signatureId: id,
    expiresAt: new Date(now.getTime() + ctx.config.confirmationTtlHours * 3_600_000),
  });
  return ctx.mail.send(
    confirmationMail({
      ...signatureMailContext(ctx.config.campaignName, submission),
      link: `${ctx.config.publicUrl}${withQuery(CONFIRM_PAGE_PATH, { token })}`,
      hours: ctx.config.confirmationTtlHours,
      days: ctx.config.pendingRetentionDays,
      moderated: ctx.config.moderatedKinds.includes(submission.signatory.kind),
    }),
    canonicalContact(submission),
    now,
    tx,
  );
}

/** An opaque, unguessable id. */
export function newSignatureId(): string {
  return `sig_${randomBytes(12).toString('base64url')}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Receives a signature: validates it with the signature core, checks the collectivity against
 * the official list, spends the proof of work once, stores a pending row, and mails the
 * confirmation link (or, for a repeated signature, an "already signed" mail). The answer is the
 * same either way, so that nobody learns from it who signed.
 */
export async function submitSignature(
  ctx: RegistryContext,
  manifestoId: string,
  body: unknown,
  requestLocale: Locale,
): Promise<SubmissionReceipt> {
  const manifesto = ctx.manifestos.get(manifestoId);
  if (!manifesto) throw new DomainError('manifesto.unknown');
  if (!isRecord(body)) throw new DomainError('submission.invalid');
  const { altcha, ...input } = body;
  const locale: Locale =
    input.locale === 'en' ? 'en' : input.locale === 'fr' ? 'fr' : requestLocale;

  // The core reports every field the form does not have as `field.unknown` (its default).
  const validation = validateSignature(input, { manifesto, locale });
  if (!validation.ok) throw new DomainError('submission.invalid', validation.issues);
  const checked = checkCollectivityExists(validation.value, ctx.geo());
  if (checked.issues.length) throw new DomainError('submission.invalid', checked.issues);
  const submission = checked.submission;

  const proof = await verifyProofOfWork(altcha, { hmacKey: ctx.challengeSecret });
  if (!proof.ok) throw new DomainError(proof.code);

  const now = ctx.now();
  const id = newSignatureId();
  const row = newSignatureRow({
    id,
    key: signatureKey(submission),
    submission,
    manifestoHash: submission.manifestoHash ?? manifesto.contentHash,
    now: isoNow(now),
    geo: ctx.geo(),
  });
  // Spending the challenge, storing the row and queueing its mail commit together: a failure
  // leaves none of them, and a 202 means the mail will go even if the process dies next.
  const outcome = await ctx.store.transaction(async (tx) => {
    if (!(await tx.challenges.spend(proof.replayKey, proof.expiresAt.toISOString())))
      return 'replayed';
    const stored = await tx.signatures.insertPending(row);
    if (stored) await sendConfirmationMail(ctx, id, submission, now, tx);
    else
      await ctx.mail.send(
        alreadySignedMail(signatureMailContext(ctx.config.campaignName, submission)),
        canonicalContact(submission),
        now,
        tx,
      );
    return stored ? 'stored' : 'duplicate';
  });
  if (outcome === 'replayed') throw new DomainError('challenge.replayed');
  return {
    id,
    status: 'pending_confirmation',
    moderated: ctx.config.moderatedKinds.includes(submission.signatory.kind),
    // For a repeated signature too: its id names no row, and resending then does nothing.
    resendToken: await resendTokenFor(ctx, id, now),
  };
}
