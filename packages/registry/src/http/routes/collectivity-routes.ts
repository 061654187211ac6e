import { COLLECTIVITIES_PATH, Collectivity } from '@plateformcoop/model';
import { z } from 'zod';
import { optional, pageSize } from '../query-parameters.js';
import { defineRoute, jsonAnswer } from '../route.js';

const CollectivitiesQuery = z.object({
  q: optional(
    z
      .string()
      .describe('A name, an INSEE code, a SIREN or a postal code (the first 100 characters count)'),
  ),
  limit: pageSize(50, 10),
});

/** Autocomplete over the official list of French collectivities. */
export const collectivityRoutes = [
  defineRoute({
    method: 'get',
    path: COLLECTIVITIES_PATH,
    exposure: 'embeddable',
    cache: 'public, max-age=86400',
    operationId: 'searchCollectivities',
    summary: 'Autocomplete over the official list of communes, EPCI, départements and régions',
    tags: ['collectivities'],
    query: CollectivitiesQuery,
    answers: {
      200: jsonAnswer('The collectivities that match', z.array(Collectivity)),
    },
    handle:
      (ctx) =>
      (c, { query }) => {
        return c.json(ctx.geo().search((query.q ?? '').slice(0, 100), query.limit));
      },
  }),
];
