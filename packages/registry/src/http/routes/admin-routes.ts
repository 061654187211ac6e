import { Hono } from 'hono';
import { identifyAdmin } from '../../admin/admin-identity.js';
import { consoleApiRoutes, rejectionReasonOf } from '../../admin/console-api-routes.js';
import { consoleRoutes } from '../../admin/console-routes.js';
import { openDataCsv, openDataRecords } from '../../exports/open-data.js';
import type { RegistryContext } from '../../registry-context.js';
import { publishSignature, rejectSignature } from '../../signatures/moderate-signature.js';
import type { AppEnv } from '../app-env.js';
import { adminAuth } from '../middleware/admin-auth.js';

/** Moderation and exports, behind `Authorization: Bearer <admin token>`; the console's files. */
export function adminRoutes(ctx: RegistryContext) {
  const app = new Hono<AppEnv>();
  app.use(
    '/v1/admin/*',
    adminAuth((token) => identifyAdmin(ctx, token)),
    async (c, next) => {
      c.header('Cache-Control', 'no-store');
      await next();
    },
  );
  app.route('/', consoleApiRoutes(ctx));
  app.post('/v1/admin/signatures/:id/publish', async (c) =>
    c.json(await publishSignature(ctx, c.req.param('id'), c.get('moderator'))),
  );
  app.post('/v1/admin/signatures/:id/reject', async (c) =>
    c.json(
      await rejectSignature(
        ctx,
        c.req.param('id'),
        c.get('moderator'),
        rejectionReasonOf(c.get('body')),
      ),
    ),
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
  app.route('/', consoleRoutes());
  return app;
}
