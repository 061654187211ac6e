import { createHash } from 'node:crypto';
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

/** A strong validator of a page's bytes. */
function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/**
 * Whether `If-None-Match` names this ETag (RFC 9110's weak comparison: a proxy that compressed
 * the answer may have marked it `W/`), or is `*`.
 */
function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}

/**
 * The public list: published signatures only, through the model's one public projection. Kept a
 * few seconds by browsers and caches, then revalidated by its `ETag` (a 304 while nothing
 * changed), so that a reload right after a publication or a withdrawal is not stale for long.
 */
export const signatoryRoutes = [
  defineRoute({
    method: 'get',
    path: SIGNATORIES_PATH,
    exposure: 'embeddable',
    cache: 'public, max-age=5',
    operationId: 'listSignatories',
    summary: 'The public list of published signatories, newest first',
    description:
      'Through the model’s `toPublicSignatory`: no e-mail, no phone, a person’s name only with consent.',
    tags: ['listing'],
    params: idParameter,
    query: SignatoriesQuery,
    answers: {
      200: {
        ...jsonAnswer('A page', SignatoryPage),
        headers: {
          ETag: { description: 'Changes with the page', schema: { type: 'string' } },
        },
      },
      304: { description: 'Not modified since the `If-None-Match` ETag' },
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
        const body = JSON.stringify({
          items: page.map((row) => publicSignatoryOf(row, ctx.manifestos.get(manifestoId))),
          ...(rows.length > limit && last
            ? { nextCursor: encodeCursor([last.published_at!, last.id]) }
            : {}),
        });
        const etag = etagOf(body);
        c.header('ETag', etag);
        if (notModified(c.req.header('if-none-match'), etag)) return c.body(null, 304);
        return c.body(body, 200, { 'Content-Type': 'application/json; charset=UTF-8' });
      },
  }),
];
