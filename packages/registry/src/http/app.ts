import { type Context, Hono } from 'hono';
import { identifyAdmin } from '../admin/admin-identity.js';
import { DomainError } from '../domain-error.js';
import type { RegistryContext } from '../registry-context.js';
import type { AppEnv } from './app-env.js';
import { ERROR_STATUS, errorBody } from './error-status.js';
import { localeOf } from './locale.js';
import { adminFailureLimiter, authenticateModerator } from './middleware/admin-auth.js';
import { clientAddressOf } from './middleware/client-address.js';
import { corsPolicy } from './middleware/cors.js';
import { completeWithDefaults, defaultHeaderPolicy } from './middleware/default-headers.js';
import { jsonBodyReader } from './middleware/json-body.js';
import { countAgainst, RateLimiter } from './middleware/rate-limit.js';
import { readParams, readQuery } from './request-input.js';
import { requestObserver } from './request-log.js';
import {
  type AnyRoute,
  honoPath,
  pathParameters,
  type RateLimitName,
  type RouteInput,
} from './route.js';
import { routeTable } from './route-table.js';

const HOUR_MS = 3_600_000;

/** The input of a route answered in front of the middleware: it reads the request itself. */
const FRONT_INPUT: RouteInput<never, never> = Object.freeze({
  params: undefined as never,
  query: undefined as never,
  body: undefined,
});

/**
 * The HTTP application, mounted from the route table: what every request meets first (client
 * address, language), then its route (rate limit, moderator's token, JSON body, checked
 * parameters), and one error shape for everything, each answer completed with the default
 * headers of its route's exposure. The counter's document alone is answered in front of that
 * chain (see below).
 */
export function createApp(
  ctx: RegistryContext,
  version: string,
  routes: readonly AnyRoute[] = routeTable,
): Hono<AppEnv> {
  const { config } = ctx;
  const perHour = config.rateLimitPerHour;
  // `RATE_LIMIT_PER_HOUR=0` turns these limits off (load tests; failed admin authentications are
  // counted anyway, see admin-auth.ts); otherwise submissions get that
  // allowance per address and hour, and cheaper actions ten times as much.
  // Counted in the database, so that every process behind a load balancer shares them.
  const shared = (name: string) => ({ store: ctx.store.rateLimits, name });
  const limits: Record<RateLimitName, RateLimiter> = {
    submissions: new RateLimiter(perHour, HOUR_MS, shared('submissions')),
    tokens: new RateLimiter(perHour * 10, HOUR_MS, shared('tokens')),
    challenges: new RateLimiter(perHour * 10, HOUR_MS, shared('challenges')),
  };
  const cors = corsPolicy(config.corsOrigins);
  const defaultHeaders = defaultHeaderPolicy(cors, config.publicUrl.startsWith('https:'));
  const readJsonBody = jsonBodyReader(config.bodyLimitBytes);
  const identify = (token: string) => identifyAdmin(ctx, token);
  const adminFailures = adminFailureLimiter(ctx.store.rateLimits, () => ctx.now().getTime());
  const tools = (route: AnyRoute) => ({
    defaultHeaders: defaultHeaders(route.exposure),
    // Loaded on first use: the converter of schemas is no part of serving a request.
    document: () =>
      import('./openapi/document.js').then((module) => module.openApiDocument(routes, version)),
    version,
  });
  const defaultsOf = (c: Context<AppEnv>) =>
    defaultHeaders(c.get('exposure') ?? 'public')(c.req.header('origin'));
  const observe = requestObserver(ctx);
  const observeFront = requestObserver(ctx, 'debug');

  const app = new Hono<AppEnv>();
  // One middleware for what every request needs: each extra middleware layer costs a
  // measurable share of a small request.
  app.use('*', async (c, next) => {
    const startedAt = performance.now();
    c.set('locale', localeOf(c.req.header('accept-language')));
    c.set('clientAddress', clientAddressOf(c, config.trustProxy));
    await next();
    // What the route did not set itself; errors are completed by `onError` below.
    completeWithDefaults(c.res, defaultsOf(c));
    observe(c.req.method, c.get('route') ?? 'unmatched', c.res.status, startedAt);
  });

  const front = new Hono<AppEnv>();
  const preflightPaths = new Set<string>();
  for (const route of routes) {
    const path = honoPath(route.path);
    const handle = route.handle(ctx, tools(route));
    if (route.front) {
      // A single handler, synchronous when it can be: Hono then answers without composing a
      // chain. Its exposure is set only when it fails, for the headers of the error.
      // It observes itself: no middleware times it.
      const failed = (c: Context<AppEnv>, startedAt: number, error: unknown): never => {
        c.set('exposure', route.exposure);
        c.set('route', route.path);
        c.set('startedAt', startedAt);
        throw error;
      };
      const answered = (c: Context<AppEnv>, startedAt: number, response: Response) => {
        observeFront(c.req.method, route.path, response.status, startedAt);
        return response;
      };
      front.on(route.method.toUpperCase(), path, (c) => {
        const startedAt = performance.now();
        try {
          const answer = handle(c, FRONT_INPUT);
          return answer instanceof Promise
            ? answer.then(
                (response) => answered(c, startedAt, response),
                (error) => failed(c, startedAt, error),
              )
            : answered(c, startedAt, answer);
        } catch (error) {
          return failed(c, startedAt, error);
        }
      });
      continue;
    }
    const limiter = route.rateLimit ? limits[route.rateLimit] : undefined;
    const admin = route.exposure === 'admin';
    const { cache } = route;
    app.on(route.method.toUpperCase(), path, async (c) => {
      c.set('exposure', route.exposure);
      c.set('route', route.path);
      if (limiter) await countAgainst(limiter, c);
      if (admin) {
        await authenticateModerator(c, identify, adminFailures, ctx.logger);
        c.header('Cache-Control', 'no-store');
      }
      const body = route.method === 'post' ? await readJsonBody(c) : undefined;
      const raw = pathParameters(route.path, c.req.param());
      const params = route.params ? readParams(route.params, raw) : raw;
      const query = route.query ? readQuery(route.query, c.req.query(), c.get('locale')) : {};
      const response = await handle(c, { params, query, body });
      if (cache && !response.headers.has('cache-control'))
        response.headers.set('cache-control', cache);
      return response;
    });
    // Browsers ask before a cross-origin POST or a request with other headers; moderation is
    // never answered to another origin, so its paths have no preflight.
    if (!admin && !preflightPaths.has(path)) {
      preflightPaths.add(path);
      const defaults = defaultHeaders(route.exposure);
      app.options(path, (c) => {
        c.set('exposure', route.exposure);
        c.set('route', route.path);
        if (c.req.header('access-control-request-method') === undefined)
          throw new DomainError('not_found');
        const origin = c.req.header('origin');
        return new Response(null, {
          status: 204,
          headers: { ...defaults(origin), ...cors.preflight(origin) },
        });
      });
    }
  }

  app.notFound((c) => c.json(errorBody('not_found', c.get('locale') ?? 'fr'), 404));
  const onError = (error: Error, c: Context<AppEnv>) => {
    const locale = c.get('locale') ?? localeOf(c.req.header('accept-language'));
    const complete = (response: Response) => completeWithDefaults(response, defaultsOf(c));
    if (error instanceof DomainError)
      return complete(
        c.json(errorBody(error.code, locale, error.issues), ERROR_STATUS[error.code]),
      );
    ctx.logger.error(
      { event: 'request.failed', route: c.get('route'), err: error },
      'server error',
    );
    return complete(c.json(errorBody('server.error', locale), 500));
  };
  app.onError(onError);

  // The counter's document is read far more than anything else (every page showing a counter
  // polls it). Hono answers a request matched by a single handler synchronously, but composes
  // and awaits any chain of middleware: so the routes marked `front` are served by a front app
  // with no middleware, whose handlers apply their exposure's header policy themselves (rate
  // limits never apply to them: they cost nothing to serve). Everything else falls through to
  // the main app.
  front.notFound((c) => app.fetch(c.req.raw, c.env));
  front.onError((error, c) => {
    const response = onError(error, c);
    observeFront(
      c.req.method,
      c.get('route') ?? 'unmatched',
      response.status,
      c.get('startedAt') ?? performance.now(),
    );
    return response;
  });
  return front;
}
