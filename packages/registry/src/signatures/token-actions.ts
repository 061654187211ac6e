import type { Locale, SignatoryKind, SignatureStatus, StatusAnswer } from '@plateformcoop/model';
import { verifyToken } from '@plateformcoop/signature';
import { DomainError, type ErrorCode } from '../domain-error.js';
import { withdrawnMail } from '../mail/messages.js';
import type { RegistryContext } from '../registry-context.js';
import type { SignatureRow } from '../store/signature-store.js';
import { isUniqueViolation } from '../store/unique-violation.js';
import { mailContextFor, moderatedKindsFor } from './campaign-of.js';
import { canonicalContact } from './contact.js';
import { lifecyclePatch } from './lifecycle.js';
import { afterPublication, afterUnpublication, confirmedMailOf } from './publication.js';
import { erasedPatch, isoNow, submissionOf } from './signature-row.js';
import { changeStatus, SIGNER } from './status-change.js';
import { resendTokenFor } from './submit-signature.js';

/** What a mail link is for: confirming or withdrawing a signature. */
export type LinkAction = 'confirm' | 'withdraw';

/** The statuses each link is made for; in any other, it answers where the signature stands. */
const ACTS_ON: Readonly<Record<LinkAction, readonly string[]>> = {
  confirm: ['pending_confirmation'],
  withdraw: ['pending_confirmation', 'confirmed', 'published'],
};

/** Where a signature stands, as the code a link made for another state answers (409). */
const STANDING: Readonly<Record<string, ErrorCode>> = {
  confirmed: 'signature.confirmed',
  published: 'signature.published',
  rejected: 'signature.rejected',
  withdrawn: 'signature.withdrawn',
  expired: 'signature.expired',
};

function standingOf(status: string): ErrorCode {
  return STANDING[status] ?? 'transition.forbidden';
}

async function rowOfToken(
  ctx: RegistryContext,
  token: unknown,
  purpose: LinkAction | 'resend',
): Promise<SignatureRow> {
  const verified = await verifyToken(token, { secret: ctx.tokenSecret, purpose, now: ctx.now() });
  if (!verified.ok) throw new DomainError(verified.code);
  const row = await ctx.store.signatures.findById(verified.signatureId);
  if (!row) throw new DomainError('token.invalid');
  return row;
}

/** The token of a `{ token }` body; any other field is refused. */
export function tokenOf(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new DomainError('token.invalid');
  const keys = Object.keys(body);
  if (keys.some((k) => k !== 'token')) throw new DomainError('field.unknown');
  return (body as { token?: unknown }).token;
}

/** After a compare-and-set lost to another request: where the signature stands now. */
async function lostTo(ctx: RegistryContext, row: SignatureRow): Promise<never> {
  const current = await ctx.store.signatures.findById(row.id);
  throw new DomainError(standingOf(current?.status ?? row.status));
}

/**
 * Confirms the signature of a mailed link. A link for a signature that no longer waits for its
 * confirmation (confirmed, published, withdrawn, rejected, expired) changes nothing and answers
 * where it stands (409); `mailed` tells whether the "confirmed" mail went out.
 *
 * When another signature of the same entity is confirmed or published already: if it was made
 * with the same address, this one is a repeat and the link answers where the first stands (409);
 * otherwise both are kept and this one waits for a moderator, whatever its kind, who sees them
 * side by side and publishes one (only one per entity can be published).
 */
export async function confirmSignature(ctx: RegistryContext, body: unknown): Promise<StatusAnswer> {
  const row = await rowOfToken(ctx, tokenOf(body), 'confirm');
  if (!ACTS_ON.confirm.includes(row.status)) throw new DomainError(standingOf(row.status));
  const others = row.signature_key
    ? await ctx.store.signatures.liveWithKey(row.manifesto_id, row.signature_key, row.id)
    : [];
  const contact = contactOfRow(row);
  const repeat = others.find((other) => contact && contactOfRow(other) === contact);
  if (repeat) throw new DomainError(standingOf(repeat.status));
  const moderated = moderatedKindsFor(ctx, row.manifesto_id);
  const held: SignatoryKind[] = [...moderated, row.kind as SignatoryKind];
  let next = lifecyclePatch(row, 'confirm', others.length ? held : moderated, ctx.now());
  if (!next) throw new DomainError('transition.forbidden');
  // The mail with the withdrawal link commits with the confirmation.
  const confirm = async (to: NonNullable<typeof next>) => {
    const mail = await confirmedMailOf(ctx, row, to.status === 'published');
    return { changed: await changeStatus(ctx, row, to.patch, SIGNER, undefined, mail), mail };
  };
  let done: Awaited<ReturnType<typeof confirm>>;
  try {
    done = await confirm(next);
  } catch (error) {
    // Another signature of the entity was published meanwhile: this one waits for a moderator.
    if (!isUniqueViolation(error) || next.status !== 'published') throw error;
    next = lifecyclePatch(row, 'confirm', held, ctx.now());
    if (!next) throw new DomainError('transition.forbidden');
    done = await confirm(next);
  }
  if (!done.changed) return lostTo(ctx, row);
  const updated = { ...row, ...next.patch } as SignatureRow;
  if (next.status === 'published') await afterPublication(ctx, updated, updated.published_at!);
  return { id: row.id, status: next.status, mailed: done.mail !== undefined };
}

/** The canonical contact address a row was signed with, while its personal data is kept. */
function contactOfRow(row: SignatureRow): string | undefined {
  const submission = submissionOf(row);
  return submission ? canonicalContact(submission) : undefined;
}

/**
 * Withdraws the signature of a mailed link; its personal data is erased at once, after the mail
 * that acknowledges it was composed. A signature already withdrawn, rejected or expired answers
 * where it stands (409).
 */
export async function withdrawSignature(
  ctx: RegistryContext,
  body: unknown,
): Promise<StatusAnswer> {
  const row = await rowOfToken(ctx, tokenOf(body), 'withdraw');
  if (!ACTS_ON.withdraw.includes(row.status)) throw new DomainError(standingOf(row.status));
  const next = lifecyclePatch(row, 'withdraw', moderatedKindsFor(ctx, row.manifesto_id), ctx.now());
  if (!next) throw new DomainError('transition.forbidden');
  const submission = submissionOf(row);
  const patch = { ...next.patch, ...erasedPatch(isoNow(ctx.now()), false) };
  // Composed before the erasure; queued with the withdrawal, in its transaction.
  const mail = submission ? withdrawnMail(mailContextFor(ctx, submission)) : undefined;
  if (!(await changeStatus(ctx, row, patch, SIGNER, undefined, mail))) return lostTo(ctx, row);
  if (row.status === 'published') await afterUnpublication(ctx, row);
  return { id: row.id, status: 'withdrawn', mailed: mail !== undefined };
}

/** What the page of a mail link shows, read without changing anything (mail scanners open it). */
export type LinkStanding =
  /** The link applies: the page offers its button. */
  | { kind: 'ready'; locale?: Locale; signedFrom?: string }
  /** The signature is no longer in the state the link was made for: where it stands. */
  | { kind: 'settled'; code: ErrorCode; locale?: Locale; signedFrom?: string }
  /** Past its expiry; `resendToken` when a new mail can be asked for (it still waits). */
  | { kind: 'expired'; resendToken?: string; locale?: Locale; signedFrom?: string }
  /** Not a link of this registry, or cut. */
  | { kind: 'invalid' };

/** Where the signature of a mail link stands, for its page. */
export async function linkStanding(
  ctx: RegistryContext,
  token: string,
  action: LinkAction,
): Promise<LinkStanding> {
  const now = ctx.now();
  const verified = await verifyToken(token, { secret: ctx.tokenSecret, purpose: action, now });
  if (!verified.ok && verified.code !== 'token.expired') return { kind: 'invalid' };
  const row = await ctx.store.signatures.findById(verified.signatureId);
  if (!row) return { kind: 'invalid' };
  const submission = submissionOf(row);
  const about = {
    ...(row.locale === 'fr' || row.locale === 'en' ? { locale: row.locale as Locale } : {}),
    ...(submission?.signedFrom ? { signedFrom: submission.signedFrom } : {}),
  };
  const applies = ACTS_ON[action].includes(row.status);
  if (!applies)
    return { kind: 'settled', code: standingOf(row.status as SignatureStatus), ...about };
  if (verified.ok) return { kind: 'ready', ...about };
  return action === 'confirm'
    ? { kind: 'expired', resendToken: await resendTokenFor(ctx, row.id, now), ...about }
    : { kind: 'expired', ...about };
}
