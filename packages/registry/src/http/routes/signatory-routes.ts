import { Hono } from 'hono';
import { foldForSearch } from '../../geo/fold.js';
import type { RegistryContext } from '../../registry-context.js';
import { publicSignatoryOf } from '../../signatures/signature-row.js';
import { ApiError } from '../api-error.js';
import type { AppEnv } from '../app-env.js';
import { decodeCursor, encodeCursor } from '../cursor.js';

const KINDS = new Set(['collectivity', 'platform', 'organization', 'individual']);

/** The public list: published signatures only, through the model's one public projection. */
export function signatoryRoutes(ctx: RegistryContext) {
  const app = new Hono<AppEnv>();
  app.get('/v1/manifestos/:id/signatories', async (c) => {
    const manifestoId = c.req.param('id');
    if (!ctx.manifestos.has(manifestoId)) throw new ApiError(404, 'manifesto.unknown');
    const kind = c.req.query('kind') || undefined;
    if (kind && !KINDS.has(kind)) throw new ApiError(400, 'kind.invalid');
    const departement = c.req.query('departement')?.toUpperCase() || undefined;
    const q = c.req.query('q');
    const limit = Math.min(
      100,
      Math.max(1, Number.parseInt(c.req.query('limit') ?? '50', 10) || 50),
    );
    const cursor = c.req.query('cursor');
    const after = cursor ? decodeCursor(cursor) : undefined;
    if (cursor && !after) throw new ApiError(400, 'field.invalid');
    const rows = await ctx.store.signatures.listPublished({
      manifestoId,
      kind,
      departementCode: departement,
      search: q ? foldForSearch(q.slice(0, 100)) || undefined : undefined,
      after: after ? { publishedAt: after[0], id: after[1] } : undefined,
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    c.header('Cache-Control', 'public, max-age=30');
    return c.json({
      items: page.map(publicSignatoryOf),
      ...(rows.length > limit && last
        ? { nextCursor: encodeCursor([last.published_at!, last.id]) }
        : {}),
    });
  });
  return app;
}
