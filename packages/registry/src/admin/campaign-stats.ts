import { sql } from 'kysely';
import type { RegistryContext } from '../registry-context.js';

/** Where a campaign stands, for the console's overview. */
export interface CampaignStats {
  manifestoId: string;
  /** Every signature by kind and status (all statuses, for the moderators). */
  byKindAndStatus: { kind: string; status: string; count: number }[];
  /** Per day (UTC): signatures submitted, and signatures published that day. */
  perDay: { day: string; submitted: number; published: number }[];
  /** Published collectivities by département, with the population they cover. */
  byDepartement: {
    departementCode: string;
    name: string | null;
    collectivities: number;
    population: number;
  }[];
  /** The public counter's figures, so that both always agree. */
  published: number;
  populationCovered: number;
  goal: number | null;
}

export async function campaignStats(
  ctx: RegistryContext,
  manifestoId: string,
): Promise<CampaignStats> {
  const db = ctx.store.handle.db;
  const byKindAndStatus = await db
    .selectFrom('signatures')
    .select((eb) => ['kind', 'status', eb.fn.countAll().as('count')])
    .where('manifesto_id', '=', manifestoId)
    .groupBy(['kind', 'status'])
    .orderBy('kind')
    .orderBy('status')
    .execute();
  const day = (column: 'created_at' | 'published_at') =>
    sql<string>`substr(${sql.ref(column)}, 1, 10)`;
  const submitted = await db
    .selectFrom('signatures')
    .select((eb) => [day('created_at').as('day'), eb.fn.countAll().as('count')])
    .where('manifesto_id', '=', manifestoId)
    .groupBy(day('created_at'))
    .execute();
  const published = await db
    .selectFrom('signatures')
    .select((eb) => [day('published_at').as('day'), eb.fn.countAll().as('count')])
    .where('manifesto_id', '=', manifestoId)
    .where('status', '=', 'published')
    .groupBy(day('published_at'))
    .execute();
  const days = new Map<string, { day: string; submitted: number; published: number }>();
  const entry = (d: string) => {
    const known = days.get(d);
    if (known) return known;
    const fresh = { day: d, submitted: 0, published: 0 };
    days.set(d, fresh);
    return fresh;
  };
  for (const r of submitted) entry(r.day).submitted = Number(r.count);
  for (const r of published) if (r.day) entry(r.day).published = Number(r.count);
  const departements = await db
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
  const geo = ctx.geo();
  const { counter } = await ctx.counters.get(manifestoId);
  return {
    manifestoId,
    byKindAndStatus: byKindAndStatus.map((r) => ({
      kind: r.kind,
      status: r.status,
      count: Number(r.count),
    })),
    perDay: [...days.values()].sort((a, b) => a.day.localeCompare(b.day)),
    byDepartement: departements.map((r) => ({
      departementCode: r.departement_code!,
      name:
        geo.lookup({ type: 'departement', departementCode: r.departement_code! } as Parameters<
          typeof geo.lookup
        >[0])?.name ?? null,
      collectivities: Number(r.count),
      population: Number(r.population),
    })),
    published: counter.total,
    populationCovered: counter.populationCovered,
    goal: counter.goal ?? null,
  };
}
