import { type Context, Hono } from 'hono';
import type { RegistryContext } from '../registry-context.js';
import { ApiError, errorBody } from './api-error.js';
import type { AppEnv } from './app-env.js';
import { localeOf } from './locale.js';
import { clientAddressOf } from './middleware/client-address.js';
import { corsPolicy } from './middleware/cors.js';
import { completeWithDefaults, defaultHeaderPolicy } from './middleware/default-headers.js';
import { jsonBody } from './middleware/json-body.js';
import { RateLimiter, rateLimit } from './middleware/rate-limit.js';
import { adminRoutes } from './routes/admin-routes.js';
import { collectivityRoutes } from './routes/collectivity-routes.js';
import { counterReadRoutes, counterStreamRoutes } from './routes/counter-routes.js';
import { embedRoutes } from './routes/embed-routes.js';
import { homeRoutes } from './routes/home-routes.js';
import { manifestoRoutes } from './routes/manifesto-routes.js';
import { pageRoutes } from './routes/page-routes.js';
import { platformRoutes } from './routes/platform-routes.js';
import { signatoryRoutes } from './routes/signatory-routes.js';
import { signatureRoutes } from './routes/signature-routes.js';
import { widgetRoutes } from './routes/widget-routes.js';

const HOUR_MS = 3_600_000;

/**
 * The HTTP application: what every request meets first (security headers, CORS, client address,
 * language, JSON bodies), then the routes, and one error shape for everything. The counter's
 * document alone is answered in front of that chain (see below).
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
  const cors = corsPolicy(config.corsOrigins);
  const defaultHeaders = defaultHeaderPolicy(cors, config.publicUrl.startsWith('https:'));
  const json = jsonBody(config.bodyLimitBytes);
  // One middleware for what every request needs, calling each concern's function in turn: each
  // extra middleware layer costs a measurable share of a small request.
  app.use('*', async (c, next) => {
    const path = c.req.path;
    const origin = c.req.header('origin');
    const defaults = defaultHeaders(path)(origin);
    c.set('defaultHeaders', defaults);
    c.set('locale', localeOf(c.req.header('accept-language')));
    const preflight =
      c.req.method === 'OPTIONS' &&
      c.req.header('access-control-request-method') !== undefined &&
      !path.startsWith('/v1/admin/');
    if (preflight)
      return new Response(null, {
        status: 204,
        headers: { ...defaults, ...cors.preflight(origin) },
      });
    c.set('clientAddress', clientAddressOf(c, config.trustProxy));
    if (c.req.method === 'POST') {
      const refused = await json(c, next);
      if (refused) c.res = refused;
    } else await next();
    // What the route did not set itself; errors are completed by `onError` below.
    completeWithDefaults(c.res, defaults);
  });
  app.use('/v1/manifestos/:id/challenge', rateLimit(limits.challenges));

  app.route('/', manifestoRoutes(ctx));
  app.route('/', signatureRoutes(ctx, limits));
  app.route('/', counterStreamRoutes(ctx));
  app.route('/', signatoryRoutes(ctx));
  app.route('/', platformRoutes(ctx));
  app.route('/', collectivityRoutes(ctx));
  app.route('/', adminRoutes(ctx));
  app.route('/', homeRoutes(ctx));
  app.route('/', pageRoutes(ctx, version));
  app.route('/', widgetRoutes(ctx));
  app.route('/', embedRoutes(ctx));

  app.notFound((c) => c.json(errorBody('not_found', c.get('locale') ?? 'fr'), 404));
  const onError = (error: Error, c: Context<AppEnv>) => {
    const locale = c.get('locale') ?? localeOf(c.req.header('accept-language'));
    // An error thrown by the first middleware itself (a body too large) skips its last step, and
    // the counter's front route has no middleware: the defaults are then looked up here.
    const complete = (response: Response) =>
      completeWithDefaults(
        response,
        c.get('defaultHeaders') ?? defaultHeaders(c.req.path)(c.req.header('origin')),
      );
    if (error instanceof ApiError)
      return complete(c.json(errorBody(error.code, locale, error.issues), error.status));
    ctx.log(`error: ${error.stack ?? error.message}`);
    return complete(c.json(errorBody('server.error', locale), 500));
  };
  app.onError(onError);

  // The counter's document is read far more than anything else (every page showing a counter
  // polls it). Hono answers a request matched by a single handler synchronously, but composes
  // and awaits any chain of middleware: so that document is served by a front app with no
  // middleware, whose route applies the same header policy itself (rate limits never applied to
  // it: it costs nothing to serve). Everything else falls through to the main app.
  const front = new Hono<AppEnv>();
  front.route('/', counterReadRoutes(ctx, defaultHeaders));
  front.notFound((c) => app.fetch(c.req.raw, c.env));
  front.onError(onError);
  return front;
}
