import { type Kysely, sql } from 'kysely';

// Forward-only: a migration, once released, is never edited; a change is a new numbered file.
// The counters' totals, kept by the transactions that publish and unpublish signatures, so that
// a counter refresh reads a few rows instead of grouping every published signature. Buckets:
// `kind:<kind>`, and a kind's in each département and région, `dep:<code>:<kind>` and
// `reg:<code>:<kind>` (the map shades by kind); the population covered is the
// `kind:collectivity` bucket's. Filled here from the signatures already published.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('counter_totals')
    .addColumn('manifesto_id', 'varchar(80)', (c) => c.notNull())
    .addColumn('bucket', 'varchar(40)', (c) => c.notNull())
    .addColumn('count', 'bigint', (c) => c.notNull())
    .addColumn('population', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('counter_totals_pk', ['manifesto_id', 'bucket'])
    .execute();
  await rebuildCounterTotals(db);
}

/** Recomputes every total from the published signatures (the migration; seeding in bulk). */
export async function rebuildCounterTotals(
  db: Kysely<unknown>,
  manifestoId?: string,
): Promise<void> {
  const only = manifestoId === undefined ? sql`` : sql` and manifesto_id = ${manifestoId}`;
  await sql`delete from counter_totals where 1 = 1${only}`.execute(db);
  const population = sql`coalesce(sum(case when kind = 'collectivity' then population else 0 end), 0)`;
  await sql`
    insert into counter_totals (manifesto_id, bucket, count, population)
    select manifesto_id, 'kind:' || kind, count(*), ${population}
    from signatures
    where status = 'published'${only}
    group by manifesto_id, kind
  `.execute(db);
  for (const [prefix, column] of [
    ['dep:', 'departement_code'],
    ['reg:', 'region_code'],
  ] as const) {
    await sql`
      insert into counter_totals (manifesto_id, bucket, count, population)
      select manifesto_id, ${prefix} || ${sql.ref(column)} || ':' || kind, count(*), ${population}
      from signatures
      where status = 'published' and ${sql.ref(column)} is not null${only}
      group by manifesto_id, ${sql.ref(column)}, kind
    `.execute(db);
  }
}
