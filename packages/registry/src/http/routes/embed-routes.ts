import { Hono } from 'hono';
import type { RegistryContext } from '../../registry-context.js';
import { ApiError } from '../api-error.js';
import type { AppEnv } from '../app-env.js';
import {
  EMBED_STYLESHEET,
  EMBED_STYLESHEET_PATH,
  embedContentSecurityPolicy,
  embedPage,
  isEmbeddableWidget,
} from '../pages/embed-page.js';

const SHORT_CACHE = 'public, max-age=300';

/**
 * Each widget as a page for an `<iframe>` (`GET /embed/:widget`), for CMS pages that allow no
 * script. These pages, and only these, may be framed: no `X-Frame-Options` (see
 * security-headers.ts), and a CSP whose `frame-ancestors` follows `CORS_ORIGINS`.
 */
export function embedRoutes(ctx: RegistryContext) {
  const app = new Hono<AppEnv>();
  const csp = embedContentSecurityPolicy(ctx.config.corsOrigins);
  app.get(EMBED_STYLESHEET_PATH, (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', SHORT_CACHE);
    return c.body(EMBED_STYLESHEET);
  });
  app.get('/embed/:widget', (c) => {
    const widget = c.req.param('widget');
    if (!isEmbeddableWidget(widget)) throw new ApiError(404, 'not_found');
    c.header('Content-Security-Policy', csp);
    c.header('Cache-Control', SHORT_CACHE);
    return c.html(embedPage({ widget, registryUrl: ctx.config.publicUrl, query: c.req.query() }));
  });
  return app;
}
