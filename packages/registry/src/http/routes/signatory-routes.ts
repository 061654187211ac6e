import { SIGNATORIES_PATH, SignatoryKind, SignatoryPage } from '@plateformcoop/model';
import { z } from 'zod';
import { DomainError } from '../../domain-error.js';
import { foldForSearch } from '../../geo/fold.js';
import { publicSignatoryOf } from '../../signatures/signature-row.js';
import { encodeCursor } from '../cursor.js';
import { cursor, idParameter, optional, pageSize } from '../query-parameters.js';
import { defineRoute, jsonAnswer } from '../route.js';

const SignatoriesQuery = z.object({
  kind: optional(SignatoryKind),
  departement: optional(z.string().describe('A département code (`59`, `2A`, `971`)')),
  q: optional(z.string().describe('Words of the name (the first 100 characters count)')),
  cursor,
  limit: pageSize(100, 50),
});

/** The public list: published signatures only, through the model's one public projection. */
export const signatoryRoutes = [
  defineRoute({
    method: 'get',
    path: SIGNATORIES_PATH,
    exposure: 'embeddable',
    cache: 'public, max-age=30',
    operationId: 'listSignatories',
    summary: 'The public list of published signatories, newest first',
    description:
      'Through the model’s `toPublicSignatory`: no e-mail, no phone, a person’s name only with consent.',
    tags: ['listing'],
    params: idParameter,
    query: SignatoriesQuery,
    answers: {
      200: jsonAnswer('A page', SignatoryPage),
    },
    errors: ['manifesto.unknown'],
    handle:
      (ctx) =>
      async (c, { params, query }) => {
        const manifestoId = params.id;
        if (!ctx.manifestos.has(manifestoId)) throw new DomainError('manifesto.unknown');
        const { limit } = query;
        const rows = await ctx.store.signatures.listPublished({
          manifestoId,
          kind: query.kind,
          departementCode: query.departement?.toUpperCase(),
          search: query.q ? foldForSearch(query.q.slice(0, 100)) || undefined : undefined,
          after: query.cursor ? { publishedAt: query.cursor[0], id: query.cursor[1] } : undefined,
          limit: limit + 1,
        });
        const page = rows.slice(0, limit);
        const last = page.at(-1);
        return c.json({
          items: page.map(publicSignatoryOf),
          ...(rows.length > limit && last
            ? { nextCursor: encodeCursor([last.published_at!, last.id]) }
            : {}),
        });
      },
  }),
];
