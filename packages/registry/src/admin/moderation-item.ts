import {
  Collectivity,
  contactEmailOf,
  SignatoryKind,
  Signature,
  SignatureStatus,
} from '@plateformcoop/model';
import { z } from 'zod';
import type { RegistryContext } from '../registry-context.js';
import { openDataRecordOf, signatureOf, submissionOf } from '../signatures/signature-row.js';
import type { SignatureRow } from '../store/signature-store.js';

const day = z.string().describe('UTC instant (`2026-11-28T13:00:00Z`)');

/** What a moderator sees of one signature: open-data columns, the stored signature, hints. */
export const ModerationItem = z
  .object({
    id: z.string(),
    kind: SignatoryKind,
    name: z.string().nullable().describe("A body's name, or a person's with consent"),
    collectivityType: z.string().nullable(),
    siren: z.string().nullable(),
    inseeCode: z.string().nullable(),
    departementCode: z.string().nullable(),
    regionCode: z.string().nullable(),
    population: z.number().int().nullable(),
    platformSlug: z.string().nullable(),
    status: SignatureStatus,
    createdAt: day,
    confirmedAt: day.nullable(),
    publishedAt: day.nullable(),
    withdrawnAt: day.nullable(),
    rejectedAt: day.nullable(),
    expiredAt: day.nullable(),
    erasedAt: day.nullable(),
    manifestoId: z.string(),
    locale: z.string(),
    signature: z
      .nullable(Signature)
      .describe(
        'The stored signature, personal data included, while it is kept; `null` once erased',
      ),
    official: z
      .nullable(Collectivity)
      .describe("The collectivity's record in the official list (COG), when it is one"),
    emailDomain: z
      .string()
      .nullable()
      .describe("The contact address's domain, shown beside the body's name (a hint, not a proof)"),
    competing: z
      .array(z.object({ id: z.string(), status: SignatureStatus }))
      .describe(
        'The other confirmed or published signatures of the same entity (collectivity, SIREN, domain or address), oldest first: the moderator publishes one of them',
      ),
  })
  .meta({ id: 'ModerationItem' });
export type ModerationItem = z.infer<typeof ModerationItem>;

/** The moderation items of stored rows, each with its competitors (one query for them all). */
export async function moderationItemsOf(
  ctx: RegistryContext,
  rows: readonly SignatureRow[],
): Promise<ModerationItem[]> {
  const live = await ctx.store.signatures.liveSharingKeys(rows);
  return rows.map((row) => {
    const competing = live
      .filter(
        (other) =>
          other.id !== row.id &&
          other.manifesto_id === row.manifesto_id &&
          other.signature_key === row.signature_key,
      )
      .map((other) => ({ id: other.id, status: other.status as SignatureStatus }));
    return moderationItemOf(ctx, row, competing);
  });
}

/** A moderation item of a stored row, with the official record of a collectivity. */
function moderationItemOf(
  ctx: RegistryContext,
  row: SignatureRow,
  competing: ModerationItem['competing'],
): ModerationItem {
  const submission = submissionOf(row);
  let official: Collectivity | null = null;
  if (row.kind === 'collectivity' && row.collectivity_type) {
    const type = row.collectivity_type as Collectivity['type'];
    const geo = ctx.geo();
    if (geo.covers(type)) {
      official =
        geo.lookup({
          type,
          inseeCode: row.insee_code ?? undefined,
          siren: row.siren ?? undefined,
          departementCode: row.departement_code ?? undefined,
          regionCode: row.region_code ?? undefined,
        } as Parameters<typeof geo.lookup>[0]) ?? null;
    }
  }
  const email = submission ? contactEmailOf(submission.signatory) : undefined;
  const open = openDataRecordOf(row);
  return {
    ...(open as Omit<
      ModerationItem,
      | 'kind'
      | 'status'
      | 'rejectedAt'
      | 'expiredAt'
      | 'erasedAt'
      | 'manifestoId'
      | 'locale'
      | 'signature'
      | 'official'
      | 'emailDomain'
      | 'competing'
    >),
    kind: row.kind as ModerationItem['kind'],
    status: row.status as ModerationItem['status'],
    signature: signatureOf(row) ?? null,
    manifestoId: row.manifesto_id,
    locale: row.locale,
    rejectedAt: row.rejected_at,
    expiredAt: row.expired_at,
    erasedAt: row.erased_at,
    official,
    emailDomain: email ? (email.split('@')[1]?.toLowerCase() ?? null) : null,
    competing,
  };
}
