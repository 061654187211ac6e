import type { SignatureSubmission } from '@plateformcoop/model';
import { signatureKey } from '@plateformcoop/signature';
import type { RegistryContext } from '../registry-context.js';
import { isoNow, newSignatureRow } from '../signatures/signature-row.js';
import { newSignatureId } from '../signatures/submit-signature.js';

/**
 * Published demonstration signatures (`seed --demo N`), for a demo site or a load test: real
 * communes of the official list signing for fictional representatives, and fictional citizens.
 */
export async function seedDemoSignatures(
  ctx: RegistryContext,
  manifestoId: string,
  count: number,
): Promise<number> {
  const manifesto = ctx.manifestos.get(manifestoId);
  if (!manifesto) throw new Error(`unknown manifesto ${manifestoId}`);
  const geo = ctx.geo();
  let inserted = 0;
  const now = ctx.now();
  const rowAt = (i: number) => {
    const at = isoNow(new Date(now.getTime() - (count - i) * 1000));
    const submission: SignatureSubmission = {
      manifestoId,
      locale: 'fr',
      signatory: {
        kind: 'individual',
        individual: {
          givenName: 'Démo',
          familyName: `Signataire ${i + 1}`,
          email: `demo-${i + 1}@example.invalid`,
          postalCode: ['59000', '62000', '80000', '02000', '60000'][i % 5]!,
        },
      },
      commitments: [],
      consents: { sign: true, publicDisplay: i % 3 === 0, contact: false },
    };
    const row = newSignatureRow({
      id: newSignatureId(),
      key: `demo:${signatureKey(submission)}`,
      submission,
      manifestoHash: manifesto.contentHash,
      now: at,
      geo,
    });
    return { ...row, status: 'published', confirmed_at: at, published_at: at };
  };
  // A thousand rows per transaction: one commit each, so a large demo seeds in seconds.
  for (let start = 0; start < count; start += 1000) {
    inserted += await ctx.store.transaction(async (tx) => {
      let done = 0;
      for (let i = start; i < Math.min(count, start + 1000); i++) {
        const row = rowAt(i);
        if (!(await tx.signatures.insert(row))) continue;
        await tx.counterTotals.add(row, 1);
        done++;
      }
      return done;
    });
  }
  await ctx.counters.changed(manifestoId);
  return inserted;
}
