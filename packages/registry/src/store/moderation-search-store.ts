import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.js';
import type { SignatureRow } from './signature-store.js';

/** The moderators' filters over every signature, checked by the caller (all optional). */
export interface ModerationFilter {
  manifestoId?: string | undefined;
  status?: string | undefined;
  kind?: string | undefined;
  /** A département code (`59`, `2A`, `971`) or a région code prefixed `r` (`r32`). */
  territory?: string | undefined;
  /** Created on or after this day (`YYYY-MM-DD`). */
  from?: string | undefined;
  /** Created on or before this day (`YYYY-MM-DD`). */
  to?: string | undefined;
  /** Text: a name, an INSEE code, a SIREN, an e-mail domain or an address, or an id. */
  text?: string | undefined;
  /** Already folded to lowercase without accents (see `geo/fold.ts`), for the public names. */
  foldedText?: string | undefined;
  newestFirst: boolean;
  /** The sort keys (`created_at`, `id`) of the last row of the previous page. */
  after?: readonly [createdAt: string, id: string] | undefined;
  limit: number;
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

/** The moderators' search over every signature, whatever its status. */
export class ModerationSearchStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** One page of rows matching the filter, oldest (or newest) first. */
  async search(filter: ModerationFilter): Promise<SignatureRow[]> {
    let select = this.db.selectFrom('signatures').selectAll();
    if (filter.manifestoId) select = select.where('manifesto_id', '=', filter.manifestoId);
    if (filter.status) select = select.where('status', '=', filter.status);
    if (filter.kind) select = select.where('kind', '=', filter.kind);
    if (filter.territory) {
      select = filter.territory.startsWith('r')
        ? select.where('region_code', '=', filter.territory.slice(1))
        : select.where('departement_code', '=', filter.territory);
    }
    if (filter.from) select = select.where('created_at', '>=', `${filter.from}T00:00:00Z`);
    if (filter.to) select = select.where('created_at', '<=', `${filter.to}T23:59:59Z`);
    if (filter.text) {
      const raw = filter.text.trim();
      const lower = raw.toLowerCase();
      select = select.where((eb) =>
        eb.or([
          eb('id', '=', raw),
          eb('insee_code', '=', raw.toUpperCase()),
          eb('siren', '=', raw.replace(/\s/g, '')),
          sql<boolean>`search_text like ${likePattern(filter.foldedText ?? lower)} escape '\\'`,
          sql<boolean>`lower(entity_name) like ${likePattern(lower)} escape '\\'`,
          // The submission is JSON holding the addresses: a domain or an address finds its rows.
          ...(lower.includes('.') || lower.includes('@')
            ? [sql<boolean>`lower(submission) like ${likePattern(lower)} escape '\\'`]
            : []),
        ]),
      );
    }
    const newest = filter.newestFirst;
    if (filter.after) {
      const [createdAt, id] = filter.after;
      select = select.where((eb) =>
        eb.or([
          eb('created_at', newest ? '<' : '>', createdAt),
          eb.and([eb('created_at', '=', createdAt), eb('id', newest ? '<' : '>', id)]),
        ]),
      );
    }
    const direction = newest ? 'desc' : 'asc';
    return select
      .orderBy('created_at', direction)
      .orderBy('id', direction)
      .limit(filter.limit)
      .execute();
  }
}
