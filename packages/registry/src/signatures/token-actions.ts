import type { SignatureStatus, StatusAnswer } from '@plateformcoop/model';
import { verifyToken } from '@plateformcoop/signature';
import { DomainError } from '../domain-error.js';
import type { RegistryContext } from '../registry-context.js';
import type { SignatureRow } from '../store/signature-store.js';
import { lifecyclePatch } from './lifecycle.js';
import { afterPublication, afterUnpublication, sendConfirmedMail } from './publication.js';
import { erasedPatch, isoNow } from './signature-row.js';
import { changeStatus, SIGNER } from './status-change.js';

async function rowOfToken(
  ctx: RegistryContext,
  token: unknown,
  purpose: 'confirm' | 'withdraw',
): Promise<SignatureRow> {
  const verified = await verifyToken(token, { secret: ctx.tokenSecret, purpose, now: ctx.now() });
  if (!verified.ok) throw new DomainError(verified.code);
  const row = await ctx.store.signatures.findById(verified.signatureId);
  if (!row) throw new DomainError('token.invalid');
  return row;
}

function tokenOf(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new DomainError('token.invalid');
  const keys = Object.keys(body);
  if (keys.some((k) => k !== 'token')) throw new DomainError('field.unknown');
  return (body as { token?: unknown }).token;
}

/**
 * Confirms the signature of a mailed link. Replaying the token answers the current status and
 * does nothing else; concurrent confirmations of one signature move it once (compare-and-set).
 */
export async function confirmSignature(ctx: RegistryContext, body: unknown): Promise<StatusAnswer> {
  const row = await rowOfToken(ctx, tokenOf(body), 'confirm');
  if (row.status !== 'pending_confirmation') {
    if (row.status === 'expired') throw new DomainError('token.expired');
    return { id: row.id, status: row.status as SignatureStatus };
  }
  const next = lifecyclePatch(row, 'confirm', ctx.config.moderatedKinds, ctx.now());
  if (!next) throw new DomainError('transition.forbidden');
  if (!(await changeStatus(ctx, row, next.patch, SIGNER))) {
    const current = await ctx.store.signatures.findById(row.id);
    return { id: row.id, status: (current?.status ?? row.status) as SignatureStatus };
  }
  const published = next.status === 'published';
  const updated = { ...row, ...next.patch } as SignatureRow;
  if (published) await afterPublication(ctx, updated, updated.published_at!);
  await sendConfirmedMail(ctx, updated, published);
  return { id: row.id, status: next.status };
}

/** Withdraws the signature of a mailed link; its personal data is erased at once. */
export async function withdrawSignature(
  ctx: RegistryContext,
  body: unknown,
): Promise<StatusAnswer> {
  const row = await rowOfToken(ctx, tokenOf(body), 'withdraw');
  if (row.status === 'withdrawn') return { id: row.id, status: 'withdrawn' };
  const next = lifecyclePatch(row, 'withdraw', ctx.config.moderatedKinds, ctx.now());
  if (!next) throw new DomainError('transition.forbidden');
  const patch = { ...next.patch, ...erasedPatch(isoNow(ctx.now()), false) };
  if (!(await changeStatus(ctx, row, patch, SIGNER))) {
    const current = await ctx.store.signatures.findById(row.id);
    return { id: row.id, status: (current?.status ?? row.status) as SignatureStatus };
  }
  if (row.status === 'published') await afterUnpublication(ctx, row);
  return { id: row.id, status: 'withdrawn' };
}
