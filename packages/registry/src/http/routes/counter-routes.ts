import { type Context, Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { CounterSnapshot } from '../../counter/counter-service.js';
import type { RegistryContext } from '../../registry-context.js';
import { ApiError } from '../api-error.js';
import type { AppEnv } from '../app-env.js';
import { ifNoneMatchNames } from '../etag.js';
import type { DefaultHeaderPolicy, HeaderRecord } from '../middleware/default-headers.js';

const KEEP_ALIVE_MS = 25_000;

const COUNTER_PATH = '/v1/manifestos/:id/counter';

/** A snapshot's answers' headers, the request's default headers included. */
interface AnswerHeaders {
  ok: HeaderRecord;
  notModified: HeaderRecord;
}

const prepared = new WeakMap<CounterSnapshot, Map<HeaderRecord, AnswerHeaders>>();

/**
 * The headers of a snapshot's answers, made once per counter change and kind of request (see
 * default-headers.ts) rather than once per read: the counter is the answer read most.
 */
function answerHeaders(snapshot: CounterSnapshot, defaults: HeaderRecord): AnswerHeaders {
  let byDefaults = prepared.get(snapshot);
  if (!byDefaults) {
    byDefaults = new Map();
    prepared.set(snapshot, byDefaults);
  }
  let headers = byDefaults.get(defaults);
  if (!headers) {
    const notModified = {
      ...defaults,
      etag: snapshot.etag,
      // Browsers and CDNs may keep it a few seconds, then revalidate cheaply with If-None-Match.
      'cache-control': 'public, max-age=5, stale-while-revalidate=30',
    };
    headers = {
      notModified: Object.freeze(notModified),
      ok: Object.freeze({
        ...notModified,
        'content-type': 'application/json; charset=UTF-8',
        'content-length': String(new TextEncoder().encode(snapshot.json).byteLength),
      }),
    };
    byDefaults.set(defaults, headers);
  }
  return headers;
}

/**
 * The counter's JSON document, from memory and cacheable: the answer read most of all (every page
 * that shows a counter polls it), so it is served before the middleware chain (see app.ts),
 * with the same default headers, and with as little work per read as can be: a plain-record
 * response (see default-headers.ts), its headers merged once per counter change, no promise.
 */
export function counterReadRoutes(ctx: RegistryContext, defaultHeaders: DefaultHeaderPolicy) {
  const app = new Hono<AppEnv>();
  const defaultsFor = defaultHeaders(COUNTER_PATH);
  const answer = (c: Context<AppEnv>, snapshot: CounterSnapshot): Response => {
    const headers = answerHeaders(snapshot, defaultsFor(c.req.header('origin')));
    if (ifNoneMatchNames(c.req.header('if-none-match'), snapshot.etag))
      return new Response(null, { status: 304, headers: headers.notModified });
    return new Response(snapshot.json, { status: 200, headers: headers.ok });
  };
  app.get(COUNTER_PATH, (c): Response | Promise<Response> => {
    const id = c.req.param('id');
    if (!ctx.manifestos.has(id)) throw new ApiError(404, 'manifesto.unknown');
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
