import type { SignatoryKind, SignatureStatus } from '@plateformcoop/model';
import { DEFAULT_MODERATION_POLICY, type ModerationPolicy } from './moderation-policy.js';

/**
 * What can happen to a signature: the signer confirms by the mailed link, a moderator
 * publishes or rejects, the signer withdraws, or the confirmation window closes.
 */
export const SIGNATURE_EVENTS = ['confirm', 'publish', 'reject', 'withdraw', 'expire'] as const;
export type SignatureEvent = (typeof SIGNATURE_EVENTS)[number];

/** The part of a signature the lifecycle reads and writes. */
export interface LifecycleSignature {
  status: SignatureStatus;
  signatory: { kind: SignatoryKind };
  confirmedAt?: string | undefined;
  publishedAt?: string | undefined;
  rejectedAt?: string | undefined;
  withdrawnAt?: string | undefined;
  expiredAt?: string | undefined;
}

export interface TransitionOptions {
  policy?: ModerationPolicy;
  /** When the event happens; now by default. */
  at?: Date;
}

export type TransitionResult<S extends LifecycleSignature> =
  | { ok: true; signature: S }
  | { ok: false; code: 'transition.forbidden'; from: SignatureStatus; event: SignatureEvent };

type Stamp = 'confirmedAt' | 'publishedAt' | 'rejectedAt' | 'withdrawnAt' | 'expiredAt';

/**
 * The lifecycle, as a table: from a status, which event leads where.
 *
 * pending_confirmation --confirm--> confirmed (moderated kinds) or published (others)
 * pending_confirmation --expire--> expired
 * confirmed --publish--> published; confirmed --reject--> rejected
 * published --reject--> rejected (a moderator takes it down)
 * pending_confirmation | confirmed | published --withdraw--> withdrawn
 * rejected, withdrawn and expired are final.
 */
const NEXT: Readonly<Record<SignatureStatus, Partial<Record<SignatureEvent, SignatureStatus>>>> = {
  pending_confirmation: { confirm: 'confirmed', expire: 'expired', withdraw: 'withdrawn' },
  confirmed: { publish: 'published', reject: 'rejected', withdraw: 'withdrawn' },
  published: { reject: 'rejected', withdraw: 'withdrawn' },
  rejected: {},
  withdrawn: {},
  expired: {},
};

const STAMP: Readonly<Record<SignatureStatus, Stamp | undefined>> = {
  pending_confirmation: undefined,
  confirmed: 'confirmedAt',
  published: 'publishedAt',
  rejected: 'rejectedAt',
  withdrawn: 'withdrawnAt',
  expired: 'expiredAt',
};

/**
 * Applies an event to a signature and returns the new signature (a copy, with its status and
 * the matching timestamp), or an error value when the event is not allowed from its status:
 * never a silent no-op. Confirming a kind the policy does not moderate publishes it at once.
 */
export function transition<S extends LifecycleSignature>(
  signature: S,
  event: SignatureEvent,
  options: TransitionOptions = {},
): TransitionResult<S> {
  const from = signature.status;
  let to = Object.hasOwn(NEXT, from) ? NEXT[from][event] : undefined;
  if (!to) return { ok: false, code: 'transition.forbidden', from, event };
  const at = (options.at ?? new Date()).toISOString();
  const next: S = { ...signature, status: to, [STAMP[to]!]: at };
  const policy = options.policy ?? DEFAULT_MODERATION_POLICY;
  if (to === 'confirmed' && !policy.moderatedKinds.includes(signature.signatory.kind)) {
    to = 'published';
    next.status = to;
    next.publishedAt = at;
  }
  return { ok: true, signature: next };
}

/** The events allowed from a status (for a moderation screen's buttons). */
export function allowedEvents(status: SignatureStatus): SignatureEvent[] {
  return Object.hasOwn(NEXT, status) ? (Object.keys(NEXT[status]) as SignatureEvent[]) : [];
}
