import { Hono } from 'hono';
import type { RegistryContext } from '../../registry-context.js';
import type { AppEnv } from '../app-env.js';

/** Autocomplete over the official list of French collectivities. */
export function collectivityRoutes(ctx: RegistryContext) {
  const app = new Hono<AppEnv>();
  app.get('/v1/collectivities', (c) => {
    const q = (c.req.query('q') ?? '').slice(0, 100);
    const limit = Math.min(
      50,
      Math.max(1, Number.parseInt(c.req.query('limit') ?? '10', 10) || 10),
    );
    c.header('Cache-Control', 'public, max-age=86400');
    return c.json(ctx.geo().search(q, limit));
  });
  return app;
}
