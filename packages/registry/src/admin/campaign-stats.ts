import { SignatoryKind, SignatureStatus } from '@plateformcoop/model';
import { z } from 'zod';
import type { RegistryContext } from '../registry-context.js';

const count = z.number().int().min(0);

/** Where a campaign stands, for the console's overview. */
export const CampaignStats = z
  .object({
    manifestoId: z.string(),
    byKindAndStatus: z
      .array(z.object({ kind: SignatoryKind, status: SignatureStatus, count }))
      .describe('Every signature by kind and status (all statuses, for the moderators)'),
    perDay: z
      .array(z.object({ day: z.string(), submitted: count, published: count }))
      .describe('Per day (UTC): signatures submitted, and signatures published that day'),
    byDepartement: z
      .array(
        z.object({
          departementCode: z.string(),
          name: z.string().nullable(),
          collectivities: count,
          population: count,
        }),
      )
      .describe('Published collectivities by département, with the population they cover'),
    published: count.describe("The public counter's total, so that both always agree"),
    populationCovered: count,
    goal: count.nullable(),
    mailQueue: z
      .object({ waiting: count, retrying: count, failed: count })
      .describe(
        'The mail outbox (every campaign): mails waiting (some after a failed attempt), mails given up',
      ),
  })
  .meta({ id: 'CampaignStats' });
export type CampaignStats = z.infer<typeof CampaignStats>;

/** The campaign's figures: counts from the store, names from the official list, the counter's totals. */
export async function campaignStats(
  ctx: RegistryContext,
  manifestoId: string,
): Promise<CampaignStats> {
  const stats = ctx.store.campaignStats;
  const byKindAndStatus = await stats.byKindAndStatus(manifestoId);
  const { submitted, published } = await stats.perDay(manifestoId);
  const departements = await stats.collectivitiesByDepartement(manifestoId);
  const days = [...new Set([...submitted.keys(), ...published.keys()])].sort();
  const geo = ctx.geo();
  const { counter } = await ctx.counters.get(manifestoId);
  return {
    manifestoId,
    byKindAndStatus: byKindAndStatus as CampaignStats['byKindAndStatus'],
    perDay: days.map((day) => ({
      day,
      submitted: submitted.get(day) ?? 0,
      published: published.get(day) ?? 0,
    })),
    byDepartement: departements.map((d) => ({
      departementCode: d.departementCode,
      name:
        geo.lookup({ type: 'departement', departementCode: d.departementCode } as Parameters<
          typeof geo.lookup
        >[0])?.name ?? null,
      collectivities: d.collectivities,
      population: d.population,
    })),
    published: counter.total,
    populationCovered: counter.populationCovered,
    goal: counter.goal ?? null,
    mailQueue: await ctx.mail.queueCounts(),
  };
}
