import { randomBytes } from 'node:crypto';
import {
  CONFIRM_PAGE_PATH,
  type Locale,
  type SignatureSubmission,
  type SubmissionReceipt,
  withQuery,
} from '@plateformcoop/model';
import {
  campaignStanding,
  createToken,
  signatureKey,
  validateSignature,
  verifyProofOfWork,
} from '@plateformcoop/signature';
import { DomainError } from '../domain-error.js';
import type { MailQueue } from '../mail/mail-service.js';
import { alreadySignedMail, confirmationMail } from '../mail/messages.js';
import type { RegistryContext } from '../registry-context.js';
import { mailContextFor, moderatedKindsFor } from './campaign-of.js';
import { checkCollectivityExists } from './collectivity-check.js';
import { canonicalContact } from './contact.js';
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
      ...mailContextFor(ctx, submission),
      link: `${ctx.config.publicUrl}${withQuery(CONFIRM_PAGE_PATH, { token })}`,
      hours: ctx.config.confirmationTtlHours,
      days: ctx.config.pendingRetentionDays,
      moderated: moderatedKindsFor(ctx, submission.manifestoId).includes(submission.signatory.kind),
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
 * confirmation link; when a confirmed or published signature of the same entity exists, it
 * stores nothing and mails "already signed" instead. Pending signatures of the same entity do
 * not count: each submitter gets their own link. The answer is the same in every case, so that
 * nobody learns from it who signed, or what waits for a confirmation.
 */
export async function submitSignature(
  ctx: RegistryContext,
  manifestoId: string,
  body: unknown,
  requestLocale: Locale,
): Promise<SubmissionReceipt> {
  const manifesto = ctx.manifestos.get(manifestoId);
  if (!manifesto) throw new DomainError('manifesto.unknown');
  if (campaignStanding(manifesto, ctx.now()) !== 'open') throw new DomainError('manifesto.closed');
  if (!isRecord(body)) throw new DomainError('submission.invalid');
  const { altcha, ...input } = body;
  const locale: Locale =
    input.locale === 'en' ? 'en' : input.locale === 'fr' ? 'fr' : requestLocale;

  // The core reports every field the form does not have as `field.unknown` (its default).
  const validation = validateSignature(input, { manifesto, locale });
  if (!validation.ok) {
    // Signed on a text that has changed since: the form reloads it (409), not a field to fix.
    const outdated = validation.issues.find((i) => i.code === 'manifesto.outdated');
    if (outdated) throw new DomainError('manifesto.outdated', [outdated]);
    throw new DomainError('submission.invalid', validation.issues);
  }
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
  const moderated = moderatedKindsFor(ctx, manifestoId).includes(submission.signatory.kind);
  // Spending the challenge, storing the row and queueing its mail commit together: a failure
  // leaves none of them, and a 202 means the mail will go even if the process dies next.
  const outcome = await ctx.store.transaction(async (tx) => {
    if (!(await tx.challenges.spend(proof.replayKey, proof.expiresAt.toISOString())))
      return 'replayed';
    // Only a signature its signer confirmed makes this one a duplicate: a pending one (anybody
    // may submit any entity with their own address) never stands in the way of the next. For a
    // kind a moderator publishes, only a published one does: a stranger who confirmed with their
    // own mailbox must not leave the real signer without a link; both then wait side by side
    // for the moderator.
    const live = await tx.signatures.liveWithKey(row.manifesto_id, row.signature_key!);
    if (live.some((other) => !moderated || other.status === 'published')) {
      await ctx.mail.send(
        alreadySignedMail(mailContextFor(ctx, submission)),
        canonicalContact(submission),
        now,
        tx,
      );
      return 'duplicate';
    }
    await tx.signatures.insert(row);
    await sendConfirmationMail(ctx, id, submission, now, tx);
    return 'stored';
  });
  if (outcome === 'replayed') throw new DomainError('challenge.replayed');
  ctx.metrics.submitted.inc({ kind: submission.signatory.kind });
  ctx.logger.info(
    { event: 'signature.submitted', manifesto: manifestoId, kind: submission.signatory.kind },
    'signature submitted',
  );
  return {
    id,
    status: 'pending_confirmation',
    moderated,
    // For a repeated signature too: its id names no row, and resending then does nothing.
    resendToken: await resendTokenFor(ctx, id, now),
  };
}
