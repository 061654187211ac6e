import { type Kysely, type Selectable, sql, type Updateable } from 'kysely';
import type { Database, SignatureTable } from './schema.js';

export type SignatureRow = Selectable<SignatureTable>;
export type SignaturePatch = Updateable<SignatureTable>;

/** The statuses a signature counts as signed in: a new one for its key is a duplicate. */
const LIVE = ['confirmed', 'published'];

export interface PublishedFilter {
  manifestoId: string;
  kind?: string | undefined;
  departementCode?: string | undefined;
  /** Already folded to lowercase without accents. */
  search?: string | undefined;
  after?: { publishedAt: string; id: string } | undefined;
  limit: number;
}

export interface CounterRow {
  kind: string;
  departement_code: string | null;
  region_code: string | null;
  count: number;
  population: number;
}

/** Storage of signatures: every query about them, for SQLite and PostgreSQL alike. */
export class SignatureStore {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Inserts a signature. Only a published row can collide (one published signature per key and
   * manifesto, by a partial unique index): then nothing is inserted and it returns `false`. Pending
   * and confirmed rows never collide, so that nobody holds an entity's place by submitting first.
   */
  async insert(row: SignatureRow): Promise<boolean> {
    const inserted = await this.db
      .insertInto('signatures')
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(['manifesto_id', 'signature_key'])
          // The index's own predicate, written out (SQLite matches it literally, not a parameter).
          .where(sql.ref('status'), '=', sql.lit('published'))
          .doNothing(),
      )
      .returning('id')
      .executeTakeFirst();
    return inserted !== undefined;
  }

  /**
   * The confirmed and published signatures of a key (the ones a new signature is a duplicate
   * of), oldest first, but the row `exceptId`.
   */
  async liveWithKey(manifestoId: string, key: string, exceptId?: string): Promise<SignatureRow[]> {
    let query = this.db
      .selectFrom('signatures')
      .selectAll()
      .where('manifesto_id', '=', manifestoId)
      .where('signature_key', '=', key)
      .where('status', 'in', LIVE);
    if (exceptId) query = query.where('id', '!=', exceptId);
    return query.orderBy('created_at').orderBy('id').execute();
  }

  /** The confirmed and published rows sharing a key with any of `rows` (themselves included). */
  async liveSharingKeys(
    rows: readonly Pick<SignatureRow, 'manifesto_id' | 'signature_key'>[],
  ): Promise<Pick<SignatureRow, 'id' | 'manifesto_id' | 'signature_key' | 'status'>[]> {
    const keys = [...new Set(rows.map((r) => r.signature_key).filter((k) => k !== null))];
    if (keys.length === 0) return [];
    const manifestos = new Set(rows.map((r) => r.manifesto_id));
    const found = await this.db
      .selectFrom('signatures')
      .select(['id', 'manifesto_id', 'signature_key', 'status'])
      .where('signature_key', 'in', keys)
      .where('status', 'in', LIVE)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return found.filter((r) => manifestos.has(r.manifesto_id));
  }

  /** A platform's latest published signature, of one manifesto or of any. */
  async publishedOfPlatform(slug: string, manifestoId?: string): Promise<SignatureRow | undefined> {
    let query = this.db
      .selectFrom('signatures')
      .selectAll()
      .where('platform_slug', '=', slug)
      .where('status', '=', 'published');
    if (manifestoId) query = query.where('manifesto_id', '=', manifestoId);
    return query.orderBy('published_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
  }

  async findById(id: string): Promise<SignatureRow | undefined> {
    return this.db.selectFrom('signatures').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async findByKey(manifestoId: string, key: string): Promise<SignatureRow | undefined> {
    return this.db
      .selectFrom('signatures')
      .selectAll()
      .where('manifesto_id', '=', manifestoId)
      .where('signature_key', '=', key)
      .executeTakeFirst();
  }

  /**
   * Compare-and-set: applies `patch` only while the row is still in `from` status, so that two
   * concurrent transitions of one signature cannot both win. Returns whether it applied.
   */
  async updateIfStatus(id: string, from: string, patch: SignaturePatch): Promise<boolean> {
    const result = await this.db
      .updateTable('signatures')
      .set(patch)
      .where('id', '=', id)
      .where('status', '=', from)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async listByStatus(
    status: string | undefined,
    limit: number,
    after?: { createdAt: string; id: string },
  ): Promise<SignatureRow[]> {
    let query = this.db.selectFrom('signatures').selectAll();
    if (status) query = query.where('status', '=', status);
    if (after) {
      query = query.where((eb) =>
        eb.or([
          eb('created_at', '>', after.createdAt),
          eb.and([eb('created_at', '=', after.createdAt), eb('id', '>', after.id)]),
        ]),
      );
    }
    return query.orderBy('created_at').orderBy('id').limit(limit).execute();
  }

  /** All rows, oldest first, in pages (exports). */
  async *all(pageSize = 1000): AsyncGenerator<SignatureRow> {
    let after: { createdAt: string; id: string } | undefined;
    for (;;) {
      const page = await this.listByStatus(undefined, pageSize, after);
      yield* page;
      const last = page.at(-1);
      if (!last || page.length < pageSize) return;
      after = { createdAt: last.created_at, id: last.id };
    }
  }

  async listPublished(filter: PublishedFilter): Promise<SignatureRow[]> {
    let query = this.db
      .selectFrom('signatures')
      .selectAll()
      .where('manifesto_id', '=', filter.manifestoId)
      .where('status', '=', 'published');
    if (filter.kind) query = query.where('kind', '=', filter.kind);
    if (filter.departementCode)
      query = query.where('departement_code', '=', filter.departementCode);
    if (filter.search) {
      const pattern = `%${filter.search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      query = query.where(sql<boolean>`search_text like ${pattern} escape '\\'`);
    }
    const after = filter.after;
    if (after) {
      query = query.where((eb) =>
        eb.or([
          eb('published_at', '<', after.publishedAt),
          eb.and([eb('published_at', '=', after.publishedAt), eb('id', '<', after.id)]),
        ]),
      );
    }
    return query
      .orderBy('published_at', 'desc')
      .orderBy('id', 'desc')
      .limit(filter.limit)
      .execute();
  }

  /** Published signatures of a manifesto grouped the way counters total them. */
  async counterRows(manifestoId: string): Promise<CounterRow[]> {
    const rows = await this.db
      .selectFrom('signatures')
      .select((eb) => [
        'kind',
        'departement_code',
        'region_code',
        eb.fn.countAll().as('count'),
        eb.fn.coalesce(eb.fn.sum('population'), eb.lit(0)).as('population'),
      ])
      .where('manifesto_id', '=', manifestoId)
      .where('status', '=', 'published')
      .groupBy(['kind', 'departement_code', 'region_code'])
      .execute();
    return rows.map((r) => ({
      kind: r.kind,
      departement_code: r.departement_code,
      region_code: r.region_code,
      count: Number(r.count),
      population: Number(r.population),
    }));
  }

  /** Pending rows created before `before` (never confirmed), for retention. */
  async pendingCreatedBefore(before: string): Promise<SignatureRow[]> {
    return this.db
      .selectFrom('signatures')
      .selectAll()
      .where('status', '=', 'pending_confirmation')
      .where('created_at', '<', before)
      .execute();
  }

  /** Rows whose status ended their life but still carry personal data. */
  async closedWithPersonalData(): Promise<SignatureRow[]> {
    return this.db
      .selectFrom('signatures')
      .selectAll()
      .where('status', 'in', ['withdrawn', 'expired', 'rejected'])
      .where('submission', 'is not', null)
      .execute();
  }

  /** The manifesto's published rows, oldest publication first (the open data's order). */
  async publishedRows(manifestoId: string): Promise<SignatureRow[]> {
    return this.db
      .selectFrom('signatures')
      .selectAll()
      .where('manifesto_id', '=', manifestoId)
      .where('status', '=', 'published')
      .orderBy('published_at', 'asc')
      .orderBy('id', 'asc')
      .execute();
  }

  async manifestoRows(manifestoId: string): Promise<SignatureRow[]> {
    return this.db
      .selectFrom('signatures')
      .selectAll()
      .where('manifesto_id', '=', manifestoId)
      .execute();
  }

  async update(id: string, patch: SignaturePatch): Promise<void> {
    await this.db.updateTable('signatures').set(patch).where('id', '=', id).execute();
  }

  /** A cheap round trip, for health checks. */
  async ping(): Promise<void> {
    await this.db.selectFrom('signatures').select('id').limit(1).execute();
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('signatures')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
