import { type Context, Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { CounterSnapshot } from '../../counter/counter-service.js';
import type { RegistryContext } from '../../registry-context.js';
import { ApiError } from '../api-error.js';
import type { AppEnv } from '../app-env.js';
import {
  type DefaultHeaderPolicy,
  type HeaderRecord,
  responseWithDefaults,
} from '../middleware/default-headers.js';

const KEEP_ALIVE_MS = 25_000;

const prepared = new WeakMap<CounterSnapshot, { ok: HeaderRecord; notModified: HeaderRecord }>();

/**
 * The headers of a snapshot's answers, made once per counter change rather than once per read:
 * the counter is the answer read most (see default-headers.ts).
 */
function answerHeaders(snapshot: CounterSnapshot) {
  let headers = prepared.get(snapshot);
  if (!headers) {
    const notModified = {
      etag: snapshot.etag,
      // Browsers and CDNs may keep it a few seconds, then revalidate cheaply with If-None-Match.
      'cache-control': 'public, max-age=5, stale-while-revalidate=30',
    };
    headers = {
      notModified,
      ok: {
        ...notModified,
        'content-type': 'application/json; charset=UTF-8',
        'content-length': String(new TextEncoder().encode(snapshot.json).byteLength),
      },
    };
    prepared.set(snapshot, headers);
  }
  return headers;
}

/**
 * The counter's JSON document, from memory and cacheable: the answer read most of all (every page
 * that shows a counter polls it), so it is served before the middleware chain (see app.ts) and
 * applies the same header policy itself.
 */
export function counterReadRoutes(ctx: RegistryContext, defaultHeaders: DefaultHeaderPolicy) {
  const app = new Hono<AppEnv>();
  const answer = (c: Context<AppEnv>, snapshot: CounterSnapshot): Response => {
    const headers = answerHeaders(snapshot);
    if (c.req.header('if-none-match') === snapshot.etag)
      return responseWithDefaults(c, null, 304, headers.notModified);
    return responseWithDefaults(c, snapshot.json, 200, headers.ok);
  };
  app.get('/v1/manifestos/:id/counter', (c): Response | Promise<Response> => {
    c.set('defaultHeaders', defaultHeaders(c.req.path, c.req.header('origin')));
    const id = c.req.param('id');
    if (!ctx.manifestos.has(id)) throw new ApiError(404, 'manifesto.unknown');
    // Synchronous once computed: no promise per read.
    const snapshot = ctx.counters.current(id);
    if (snapshot) return answer(c, snapshot);
    return ctx.counters.get(id).then((computed) => answer(c, computed));
  });
  return app;
}

/** The counter's changes, pushed as Server-Sent Events. */
export function counterStreamRoutes(ctx: RegistryContext) {
  const app = new Hono<AppEnv>();
  app.get('/v1/manifestos/:id/counter/stream', async (c) => {
    const id = c.req.param('id');
    if (!ctx.manifestos.has(id)) throw new ApiError(404, 'manifesto.unknown');
    const first = await ctx.counters.get(id);
    return streamSSE(c, async (stream) => {
      let closed = false;
      const queue: string[] = [first.json];
      let wake: (() => void) | undefined;
      const unsubscribe = ctx.counters.subscribe(id, (snapshot) => {
        queue.push(snapshot.json);
        wake?.();
      });
      stream.onAbort(() => {
        closed = true;
        unsubscribe();
        wake?.();
      });
      let sequence = 0;
      while (!closed) {
        while (queue.length)
          await stream.writeSSE({ event: 'counter', data: queue.shift()!, id: String(++sequence) });
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, KEEP_ALIVE_MS).unref?.();
        });
        wake = undefined;
        if (!queue.length && !closed) await stream.write(': keep-alive\n\n');
      }
      unsubscribe();
    });
  });
  return app;
}
