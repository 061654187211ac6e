import type { Kysely } from 'kysely';
import { rebuildCounterTotals } from './migrations/006-counter-totals.js';
import type { Database } from './schema.js';

/** What of a signature a counter counts. */
export interface CountedSignature {
  manifesto_id: string;
  kind: string;
  departement_code: string | null;
  region_code: string | null;
  population: number | null;
}

/** One total: `kind:<kind>`, or a kind's in a département or région: `dep:<code>:<kind>`, `reg:<code>:<kind>`. */
export interface CounterTotal {
  bucket: string;
  count: number;
  population: number;
}

/**
 * The counters' totals, moved by each publication (+1) and unpublication (−1) in the transaction
 * that changes the signature's status, so that reading a counter reads a few rows whatever the
 * number of signatures.
 */
export class CounterTotalsStore {
  constructor(private readonly db: Kysely<Database>) {}

  async add(row: CountedSignature, delta: 1 | -1): Promise<void> {
    const population = row.kind === 'collectivity' ? (row.population ?? 0) * delta : 0;
    const buckets = [
      `kind:${row.kind}`,
      ...(row.departement_code ? [`dep:${row.departement_code}:${row.kind}`] : []),
      ...(row.region_code ? [`reg:${row.region_code}:${row.kind}`] : []),
    ].sort(); // one order for every transaction: concurrent ones never deadlock on these rows
    await this.db
      .insertInto('counter_totals')
      .values(
        buckets.map((bucket) => ({
          manifesto_id: row.manifesto_id,
          bucket,
          count: delta,
          population,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['manifesto_id', 'bucket']).doUpdateSet((eb) => ({
          count: eb('counter_totals.count', '+', eb.ref('excluded.count')),
          population: eb('counter_totals.population', '+', eb.ref('excluded.population')),
        })),
      )
      .execute();
  }

  async read(manifestoId: string): Promise<CounterTotal[]> {
    const rows = await this.db
      .selectFrom('counter_totals')
      .select(['bucket', 'count', 'population'])
      .where('manifesto_id', '=', manifestoId)
      .execute();
    return rows.map((r) => ({
      bucket: r.bucket,
      count: Number(r.count),
      population: Number(r.population),
    }));
  }

  /** Recomputes a manifesto's totals from its published signatures (after seeding in bulk). */
  rebuild(manifestoId: string): Promise<void> {
    return rebuildCounterTotals(this.db as Kysely<unknown>, manifestoId);
  }
}
