import type { SignatoryKind, SignatureStatus } from '@plateformcoop/model';
import { type SignatureEvent, transition } from '@plateformcoop/signature';
import type { SignaturePatch, SignatureRow } from '../store/signature-store.js';

/**
 * Applies a lifecycle event (the signature core decides where it leads) to a stored row and
 * returns the columns to write, or `undefined` when the event is not allowed from its status.
 */
export function lifecyclePatch(
  row: SignatureRow,
  event: SignatureEvent,
  moderatedKinds: readonly SignatoryKind[],
  at: Date,
): { status: SignatureStatus; patch: SignaturePatch } | undefined {
  const result = transition(
    {
      status: row.status as SignatureStatus,
      signatory: { kind: row.kind as SignatoryKind },
      confirmedAt: row.confirmed_at ?? undefined,
      publishedAt: row.published_at ?? undefined,
      rejectedAt: row.rejected_at ?? undefined,
      withdrawnAt: row.withdrawn_at ?? undefined,
      expiredAt: row.expired_at ?? undefined,
    },
    event,
    { policy: { moderatedKinds }, at },
  );
  if (!result.ok) return undefined;
  const s = result.signature;
  const seconds = (t: string | undefined) => (t ? t.replace(/\.\d{3}Z$/, 'Z') : null);
  return {
    status: s.status,
    patch: {
      status: s.status,
      confirmed_at: seconds(s.confirmedAt),
      published_at: seconds(s.publishedAt),
      rejected_at: seconds(s.rejectedAt),
      withdrawn_at: seconds(s.withdrawnAt),
      expired_at: seconds(s.expiredAt),
    },
  };
}
