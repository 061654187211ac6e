import { Hono } from 'hono';
import type { RegistryContext } from '../registry-context.js';
import { ApiError, errorBody } from './api-error.js';
import type { AppEnv } from './app-env.js';
import { localeOf } from './locale.js';
import { clientAddressOf } from './middleware/client-address.js';
import { corsHeaders } from './middleware/cors.js';
import { jsonBody } from './middleware/json-body.js';
import { RateLimiter, rateLimit } from './middleware/rate-limit.js';
import { setSecurityHeaders } from './middleware/security-headers.js';
import { adminRoutes } from './routes/admin-routes.js';
import { collectivityRoutes } from './routes/collectivity-routes.js';
import { counterRoutes } from './routes/counter-routes.js';
import { embedRoutes } from './routes/embed-routes.js';
import { manifestoRoutes } from './routes/manifesto-routes.js';
import { pageRoutes } from './routes/page-routes.js';
import { platformRoutes } from './routes/platform-routes.js';
import { signatoryRoutes } from './routes/signatory-routes.js';
import { signatureRoutes } from './routes/signature-routes.js';
import { widgetRoutes } from './routes/widget-routes.js';

const HOUR_MS = 3_600_000;

/** What other sites load in their pages (widgets, badges, counters, public data). */
function embeddable(path: string): boolean {
  return (
    path.startsWith('/v1/manifestos') ||
    path.startsWith('/v1/platforms') ||
    path === '/v1/collectivities' ||
    path === '/.well-known/jwks.json' ||
    path.startsWith('/widgets/') ||
    path.startsWith('/embed/')
  );
}

/**
 * The HTTP application: what every request meets first (security headers, CORS, client address,
 * language, JSON bodies), then the routes, and one error shape for everything.
 */
export function createApp(ctx: RegistryContext, version: string): Hono<AppEnv> {
  const { config } = ctx;
  const perHour = config.rateLimitPerHour;
  // `RATE_LIMIT_PER_HOUR=0` turns every limit off (load tests); otherwise submissions get that
  // allowance per address and hour, and cheaper actions ten times as much.
  const limits = {
    submissions: new RateLimiter(perHour, HOUR_MS),
    tokens: new RateLimiter(perHour * 10, HOUR_MS),
    challenges: new RateLimiter(perHour * 10, HOUR_MS),
  };

  const app = new Hono<AppEnv>();
  const cors = corsHeaders(config.corsOrigins);
  const json = jsonBody(config.bodyLimitBytes);
  // One middleware for what every request needs, calling each concern's function in turn: each
  // extra middleware layer costs a measurable share of a counter read.
  app.use('*', async (c, next) => {
    const path = c.req.path;
    setSecurityHeaders(c, embeddable(path));
    // Moderation is never reachable from a browser on another origin.
    if (!path.startsWith('/v1/admin/')) {
      const preflight = cors(c);
      if (preflight) return preflight;
    }
    c.set('clientAddress', clientAddressOf(c, config.trustProxy));
    c.set('locale', localeOf(c.req.header('accept-language')));
    if (c.req.method === 'POST') return json(c, next);
    await next();
  });
  app.use('/v1/manifestos/:id/challenge', rateLimit(limits.challenges));

  app.route('/', manifestoRoutes(ctx));
  app.route('/', signatureRoutes(ctx, limits));
  app.route('/', counterRoutes(ctx));
  app.route('/', signatoryRoutes(ctx));
  app.route('/', platformRoutes(ctx));
  app.route('/', collectivityRoutes(ctx));
  app.route('/', adminRoutes(ctx));
  app.route('/', pageRoutes(ctx, version));
  app.route('/', widgetRoutes(ctx));
  app.route('/', embedRoutes(ctx));

  app.notFound((c) => c.json(errorBody('not_found', c.get('locale') ?? 'fr'), 404));
  app.onError((error, c) => {
    const locale = c.get('locale') ?? 'fr';
    if (error instanceof ApiError)
      return c.json(errorBody(error.code, locale, error.issues), error.status);
    ctx.log(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return c.json(errorBody('server.error', locale), 500);
  });
  return app;
}
