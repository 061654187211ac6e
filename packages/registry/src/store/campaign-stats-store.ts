import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.js';

/** The counts behind the console's overview of a campaign, each one query. */
export class CampaignStatsStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every signature of the manifesto by kind and status (all statuses). */
  async byKindAndStatus(
    manifestoId: string,
  ): Promise<{ kind: string; status: string; count: number }[]> {
    const rows = await this.db
      .selectFrom('signatures')
      .select((eb) => ['kind', 'status', eb.fn.countAll().as('count')])
      .where('manifesto_id', '=', manifestoId)
      .groupBy(['kind', 'status'])
      .orderBy('kind')
      .orderBy('status')
      .execute();
    return rows.map((r) => ({ kind: r.kind, status: r.status, count: Number(r.count) }));
  }

  /** Signatures submitted per day (UTC), and signatures published per day, by date. */
  async perDay(
    manifestoId: string,
  ): Promise<{ submitted: Map<string, number>; published: Map<string, number> }> {
    const day = (column: 'created_at' | 'published_at') =>
      sql<string>`substr(${sql.ref(column)}, 1, 10)`;
    const submitted = await this.db
      .selectFrom('signatures')
      .select((eb) => [day('created_at').as('day'), eb.fn.countAll().as('count')])
      .where('manifesto_id', '=', manifestoId)
      .groupBy(day('created_at'))
      .execute();
    const published = await this.db
      .selectFrom('signatures')
      .select((eb) => [day('published_at').as('day'), eb.fn.countAll().as('count')])
      .where('manifesto_id', '=', manifestoId)
      .where('status', '=', 'published')
      .groupBy(day('published_at'))
      .execute();
    const byDay = (rows: { day: string | null; count: unknown }[]) =>
      new Map(rows.filter((r) => r.day).map((r) => [r.day!, Number(r.count)]));
    return { submitted: byDay(submitted), published: byDay(published) };
  }

  /** Published collectivities by département, with the population they cover. */
  async collectivitiesByDepartement(
    manifestoId: string,
  ): Promise<{ departementCode: string; collectivities: number; population: number }[]> {
    const rows = await this.db
      .selectFrom('signatures')
      .select((eb) => [
        'departement_code',
        eb.fn.countAll().as('count'),
        eb.fn.coalesce(eb.fn.sum('population'), eb.lit(0)).as('population'),
      ])
      .where('manifesto_id', '=', manifestoId)
      .where('status', '=', 'published')
      .where('kind', '=', 'collectivity')
      .where('departement_code', 'is not', null)
      .groupBy('departement_code')
      .orderBy('departement_code')
      .execute();
    return rows.map((r) => ({
      departementCode: r.departement_code!,
      collectivities: Number(r.count),
      population: Number(r.population),
    }));
  }
}
