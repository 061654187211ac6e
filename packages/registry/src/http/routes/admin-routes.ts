import { SIGNATURE_STATUSES } from '@plateformcoop/model';
import { Hono } from 'hono';
import { openDataCsv, openDataRecords } from '../../exports/open-data.js';
import type { RegistryContext } from '../../registry-context.js';
import { publishSignature, rejectSignature } from '../../signatures/moderate-signature.js';
import { openDataRecordOf, signatureOf } from '../../signatures/signature-row.js';
import { ApiError } from '../api-error.js';
import type { AppEnv } from '../app-env.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { adminAuth } from '../middleware/admin-auth.js';

/** Moderation and exports, behind `Authorization: Bearer <ADMIN_TOKEN>`. */
export function adminRoutes(ctx: RegistryContext) {
  const app = new Hono<AppEnv>();
  app.use('/v1/admin/*', adminAuth(ctx.config.adminToken), async (c, next) => {
    c.header('Cache-Control', 'no-store');
    await next();
  });
  app.get('/v1/admin/signatures', async (c) => {
    const status = c.req.query('status') || undefined;
    if (status && !(SIGNATURE_STATUSES as readonly string[]).includes(status))
      throw new ApiError(400, 'field.invalid');
    const limit = Math.min(
      500,
      Math.max(1, Number.parseInt(c.req.query('limit') ?? '100', 10) || 100),
    );
    const cursor = c.req.query('cursor');
    const after = cursor ? decodeCursor(cursor) : undefined;
    if (cursor && !after) throw new ApiError(400, 'field.invalid');
    const rows = await ctx.store.signatures.listByStatus(
      status,
      limit + 1,
      after ? { createdAt: after[0], id: after[1] } : undefined,
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return c.json({
      items: page.map((row) => ({ ...openDataRecordOf(row), signature: signatureOf(row) ?? null })),
      ...(rows.length > limit && last
        ? { nextCursor: encodeCursor([last.created_at, last.id]) }
        : {}),
    });
  });
  app.post('/v1/admin/signatures/:id/publish', async (c) =>
    c.json(await publishSignature(ctx, c.req.param('id'))),
  );
  app.post('/v1/admin/signatures/:id/reject', async (c) =>
    c.json(await rejectSignature(ctx, c.req.param('id'))),
  );
  app.get('/v1/admin/export.csv', async (c) => {
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', 'attachment; filename="signatures.csv"');
    return c.body(await openDataCsv(ctx.store.signatures));
  });
  app.get('/v1/admin/export.json', async (c) => {
    c.header('Content-Disposition', 'attachment; filename="signatures.json"');
    return c.json(await openDataRecords(ctx.store.signatures));
  });
  return app;
}
