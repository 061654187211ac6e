import type { RegistryContext } from '../registry-context.js';
import { erasedPatch, isoNow } from '../signatures/signature-row.js';
import { ANONYMIZE, changeStatus } from '../signatures/status-change.js';

/**
 * Closes a campaign's personal data: every signature of the manifesto loses its submission
 * (names of people, e-mails, phones); the institutional facts (kind, body name, SIREN, INSEE
 * code, place, population, commitments, dates, status) stay public. Pending ones are expired.
 */
export async function anonymizeManifesto(
  ctx: RegistryContext,
  manifestoId: string,
): Promise<number> {
  const now = isoNow(ctx.now());
  let count = 0;
  for (const row of await ctx.store.signatures.manifestoRows(manifestoId)) {
    if (row.submission === null) continue;
    const pending = row.status === 'pending_confirmation';
    const patch = {
      ...erasedPatch(now, row.kind !== 'individual' && !pending),
      ...(pending ? { status: 'expired', expired_at: now } : {}),
      // A body's key (INSEE code, SIREN, domain) is public and keeps it from signing twice; a key
      // made of an address is personal and goes.
      signature_key: /^(insee|siren|domain):/.test(row.signature_key ?? '')
        ? row.signature_key
        : null,
    };
    // A pending one expires: a status change, recorded in the audit log.
    if (pending) await changeStatus(ctx, row, patch, ANONYMIZE);
    else await ctx.store.signatures.update(row.id, patch);
    count++;
  }
  await ctx.counters.changed(manifestoId);
  return count;
}
