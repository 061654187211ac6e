import {
  type Collectivity,
  contactEmailOf,
  SIGNATORY_KINDS,
  SIGNATURE_STATUSES,
  type Signature,
} from '@plateformcoop/model';
import { sql } from 'kysely';
import { foldForSearch } from '../geo/fold.js';
import { ApiError } from '../http/api-error.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import type { RegistryContext } from '../registry-context.js';
import { openDataRecordOf, signatureOf, submissionOf } from '../signatures/signature-row.js';
import type { SignatureRow } from '../store/signature-store.js';

/** The moderators' filters over every signature (all optional). */
export interface SignatureQuery {
  manifesto?: string;
  status?: string;
  kind?: string;
  /** A département code (`59`, `2A`, `971`) or a région code prefixed `r` (`r32`). */
  territory?: string;
  /** Created on or after this day (`YYYY-MM-DD`). */
  from?: string;
  /** Created on or before this day (`YYYY-MM-DD`). */
  to?: string;
  /** Text: a name, an INSEE code, a SIREN, an e-mail domain or an id. */
  q?: string;
  order: 'oldest' | 'newest';
  cursor?: string;
  limit: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TERRITORY = /^(r\d{2}|\d{2,3}|2[AB])$/;

/** Reads and checks the query string of `GET /v1/admin/signatures` (400 `field.invalid`). */
export function signatureQueryOf(params: Record<string, string | undefined>): SignatureQuery {
  const bad = () => new ApiError(400, 'field.invalid');
  const get = (name: string) => params[name]?.trim() || undefined;
  const status = get('status');
  if (status && !(SIGNATURE_STATUSES as readonly string[]).includes(status)) throw bad();
  const kind = get('kind');
  if (kind && !(SIGNATORY_KINDS as readonly string[]).includes(kind)) throw bad();
  const territory = get('territory') ?? get('departement');
  if (territory && !TERRITORY.test(territory)) throw bad();
  const from = get('from');
  const to = get('to');
  if ((from && !DAY.test(from)) || (to && !DAY.test(to))) throw bad();
  const order = get('order') ?? 'oldest';
  if (order !== 'oldest' && order !== 'newest') throw bad();
  const q = get('q');
  if (q && q.length > 200) throw bad();
  const limit = Math.min(500, Math.max(1, Number.parseInt(get('limit') ?? '100', 10) || 100));
  const query: SignatureQuery = { order, limit };
  for (const [key, value] of Object.entries({
    manifesto: get('manifesto'),
    status,
    kind,
    territory,
    from,
    to,
    q,
    cursor: get('cursor'),
  }))
    if (value) (query as unknown as Record<string, string>)[key] = value;
  return query;
}

/** What a moderator sees of one signature: open-data columns, the stored signature, hints. */
export interface ModerationItem {
  id: string;
  kind: string;
  name: string | null;
  collectivityType: string | null;
  siren: string | null;
  inseeCode: string | null;
  departementCode: string | null;
  regionCode: string | null;
  population: number | null;
  platformSlug: string | null;
  status: string;
  createdAt: string;
  confirmedAt: string | null;
  publishedAt: string | null;
  withdrawnAt: string | null;
  rejectedAt: string | null;
  expiredAt: string | null;
  erasedAt: string | null;
  manifestoId: string;
  locale: string;
  /** The stored signature (personal data included) while it is kept; `null` once erased. */
  signature: Signature | null;
  /** The collectivity's record in the official list (COG), when it is one. */
  official: Collectivity | null;
  /** The domain of the contact address, shown beside the body's name (a hint, not a proof). */
  emailDomain: string | null;
}

export function moderationItemOf(ctx: RegistryContext, row: SignatureRow): ModerationItem {
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
  return {
    ...(openDataRecordOf(row) as Pick<
      ModerationItem,
      | 'id'
      | 'kind'
      | 'name'
      | 'collectivityType'
      | 'siren'
      | 'inseeCode'
      | 'departementCode'
      | 'regionCode'
      | 'population'
      | 'platformSlug'
      | 'status'
      | 'createdAt'
      | 'confirmedAt'
      | 'publishedAt'
      | 'withdrawnAt'
    >),
    signature: signatureOf(row) ?? null,
    manifestoId: row.manifesto_id,
    locale: row.locale,
    rejectedAt: row.rejected_at,
    expiredAt: row.expired_at,
    erasedAt: row.erased_at,
    official,
    emailDomain: email ? (email.split('@')[1]?.toLowerCase() ?? null) : null,
  };
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

/** One page of signatures matching the filters, with the cursor of the next. */
export async function searchSignatures(
  ctx: RegistryContext,
  query: SignatureQuery,
): Promise<{ items: ModerationItem[]; nextCursor?: string }> {
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  if (query.cursor && !after) throw new ApiError(400, 'field.invalid');
  let select = ctx.store.handle.db.selectFrom('signatures').selectAll();
  if (query.manifesto) select = select.where('manifesto_id', '=', query.manifesto);
  if (query.status) select = select.where('status', '=', query.status);
  if (query.kind) select = select.where('kind', '=', query.kind);
  if (query.territory) {
    select = query.territory.startsWith('r')
      ? select.where('region_code', '=', query.territory.slice(1))
      : select.where('departement_code', '=', query.territory);
  }
  if (query.from) select = select.where('created_at', '>=', `${query.from}T00:00:00Z`);
  if (query.to) select = select.where('created_at', '<=', `${query.to}T23:59:59Z`);
  if (query.q) {
    const folded = foldForSearch(query.q);
    const raw = query.q.trim();
    const lower = raw.toLowerCase();
    select = select.where((eb) =>
      eb.or([
        eb('id', '=', raw),
        eb('insee_code', '=', raw.toUpperCase()),
        eb('siren', '=', raw.replace(/\s/g, '')),
        sql<boolean>`search_text like ${likePattern(folded)} escape '\\'`,
        sql<boolean>`lower(entity_name) like ${likePattern(lower)} escape '\\'`,
        // The submission is JSON holding the addresses: a domain or an address finds its rows.
        ...(lower.includes('.') || lower.includes('@')
          ? [sql<boolean>`lower(submission) like ${likePattern(lower)} escape '\\'`]
          : []),
      ]),
    );
  }
  const newest = query.order === 'newest';
  if (after) {
    const [createdAt, id] = after;
    select = select.where((eb) =>
      eb.or([
        eb('created_at', newest ? '<' : '>', createdAt),
        eb.and([eb('created_at', '=', createdAt), eb('id', newest ? '<' : '>', id)]),
      ]),
    );
  }
  const direction = newest ? 'desc' : 'asc';
  const rows = await select
    .orderBy('created_at', direction)
    .orderBy('id', direction)
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => moderationItemOf(ctx, row)),
    ...(rows.length > query.limit && last
      ? { nextCursor: encodeCursor([last.created_at, last.id]) }
      : {}),
  };
}
