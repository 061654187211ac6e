import type { MailMessage } from '../mail/mailer.js';
import type { RegistryContext } from '../registry-context.js';
import type { SignaturePatch, SignatureRow } from '../store/signature-store.js';

/** Who changes a signature's status, as the audit log records it. */
export interface Actor {
  kind: 'signer' | 'moderator' | 'system';
  /** The admin token's name for a moderator; `signer`, `retention` or `anonymize` otherwise. */
  name: string;
}

export const SIGNER: Actor = { kind: 'signer', name: 'signer' };
export const RETENTION: Actor = { kind: 'system', name: 'retention' };
export const ANONYMIZE: Actor = { kind: 'system', name: 'anonymize' };
export const moderator = (name: string): Actor => ({ kind: 'moderator', name });

/**
 * Compare-and-set of a signature's status (see `SignatureStore.updateIfStatus`), its line in the
 * audit log and, when it enters or leaves publication, the counters' totals, in one transaction:
 * a change is never without its record, nor the reverse, and the totals never drift.
 */
export async function changeStatus(
  ctx: RegistryContext,
  row: SignatureRow,
  patch: SignaturePatch,
  actor: Actor,
  reason?: string,
  mail?: MailMessage,
): Promise<boolean> {
  const changed = await ctx.store.transaction(async (tx) => {
    if (!(await tx.signatures.updateIfStatus(row.id, row.status, patch))) return false;
    // The signer's acknowledgement commits with the change: once it happened, its mail goes.
    if (mail) await ctx.mail.acknowledge(mail, tx);
    if (patch.status && (patch.status === 'published') !== (row.status === 'published'))
      await tx.counterTotals.add(row, patch.status === 'published' ? 1 : -1);
    if (patch.status && patch.status !== row.status) {
      await tx.auditLog.record({
        signature_id: row.id,
        manifesto_id: row.manifesto_id,
        from_status: row.status,
        to_status: patch.status,
        actor_kind: actor.kind,
        actor_name: actor.name,
        reason: reason ?? null,
        at: ctx.now().toISOString(),
      });
    }
    return true;
  });
  if (changed && patch.status && patch.status !== row.status)
    observeChange(ctx, row, patch.status, actor);
  return changed;
}

/** The change's event line and figures, once committed (never the signer's name or address). */
function observeChange(
  ctx: RegistryContext,
  row: SignatureRow,
  to: NonNullable<SignaturePatch['status']>,
  actor: Actor,
): void {
  const { kind } = row;
  ctx.logger.info(
    {
      event: 'signature.status',
      signature: row.id,
      manifesto: row.manifesto_id,
      kind,
      from: row.status,
      to,
      actor: actor.kind === 'moderator' ? `moderator:${actor.name}` : actor.name,
    },
    `signature ${row.status} -> ${to}`,
  );
  if (actor.kind === 'moderator') {
    if (to === 'published' || to === 'rejected') ctx.metrics.moderated.inc({ outcome: to });
  } else if (actor === SIGNER) {
    if (to === 'withdrawn') ctx.metrics.withdrawn.inc({ kind });
    else if (row.status === 'pending_confirmation') ctx.metrics.confirmed.inc({ kind });
  }
}
