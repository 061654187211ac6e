import { COUNTER_PATH, COUNTER_STREAM_PATH, Counter } from '@plateformcoop/model';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { CounterSnapshot } from '../../counter/counter-service.js';
import { DomainError } from '../../domain-error.js';
import type { AppEnv } from '../app-env.js';
import { ifNoneMatchNames } from '../etag.js';
import type { HeaderRecord } from '../middleware/default-headers.js';
import { rateLimitKey } from '../middleware/rate-limit.js';
import { idParameter } from '../query-parameters.js';
import { defineRoute, jsonAnswer, textAnswer } from '../route.js';
import { StreamSlots } from '../stream-slots.js';

const KEEP_ALIVE_MS = 25_000;
/** When a refused stream may be asked for again; the counter document serves meanwhile. */
const STREAM_RETRY_AFTER_S = 60;

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

/** Totals of the published signatures, and their changes as they happen. */
export const counterRoutes = [
  defineRoute({
    method: 'get',
    path: COUNTER_PATH,
    exposure: 'embeddable',
    // The counter's JSON document is the answer read most of all (every page that shows a
    // counter polls it): it is served in front of the middleware chain (see app.ts), with the
    // same default headers, and with as little work per read as can be: a plain-record response
    // (see default-headers.ts), its headers merged once per counter change, no promise.
    front: true,
    operationId: 'getCounter',
    summary: 'Totals of the published signatures, from memory (`ETag`, `Cache-Control`)',
    tags: ['counting'],
    params: idParameter,
    answers: {
      200: {
        ...jsonAnswer('The counter; browsers and CDNs may keep it 5 seconds', Counter),
        headers: {
          ETag: { description: 'Changes with the counter', schema: { type: 'string' } },
          'Cache-Control': {
            description: '`public, max-age=5, stale-while-revalidate=30`',
            schema: { type: 'string' },
          },
        },
      },
      304: { description: 'Not modified since the `If-None-Match` ETag (compared weakly)' },
    },
    errors: ['manifesto.unknown'],
    handle: (ctx, { defaultHeaders }) => {
      const answer = (c: Context<AppEnv>, snapshot: CounterSnapshot): Response => {
        const headers = answerHeaders(snapshot, defaultHeaders(c.req.header('origin')));
        if (ifNoneMatchNames(c.req.header('if-none-match'), snapshot.etag))
          return new Response(null, { status: 304, headers: headers.notModified });
        return new Response(snapshot.json, { status: 200, headers: headers.ok });
      };
      return (c): Response | Promise<Response> => {
        const id = c.req.param('id')!;
        if (!ctx.manifestos.has(id)) throw new DomainError('manifesto.unknown');
        const snapshot = ctx.counters.current(id);
        if (snapshot) return answer(c, snapshot);
        return ctx.counters.get(id).then((computed) => answer(c, computed));
      };
    },
  }),
  defineRoute({
    method: 'get',
    path: COUNTER_STREAM_PATH,
    exposure: 'embeddable',
    operationId: 'streamCounter',
    summary: 'The counter as Server-Sent Events',
    description:
      'A `counter` event with the counter now, then one per change (its data is the Counter JSON); a comment every 25 seconds keeps proxies from closing the stream. A client address holds `STREAMS_PER_CLIENT` streams at once (429 past it) and the process half its open-file limit (503 past it), both with `Retry-After`: then read the counter document instead.',
    tags: ['counting'],
    params: idParameter,
    answers: {
      200: textAnswer('An event stream', 'text/event-stream'),
    },
    errors: ['manifesto.unknown', 'rate.limited', 'server.unavailable'],
    handle: (ctx) => {
      const slots = new StreamSlots(ctx.config.streamsPerClient, ctx.config.streamsTotal);
      return async (c, { params }) => {
        const { id } = params;
        if (!ctx.manifestos.has(id)) throw new DomainError('manifesto.unknown');
        const release = slots.take(rateLimitKey(c.get('clientAddress')));
        if (typeof release !== 'function') {
          // The widget then reads the counter's cacheable document instead.
          c.header('Retry-After', String(STREAM_RETRY_AFTER_S));
          throw new DomainError(release === 'client' ? 'rate.limited' : 'server.unavailable');
        }
        let first: CounterSnapshot;
        try {
          first = await ctx.counters.get(id);
        } catch (error) {
          release();
          throw error;
        }
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
            release();
            wake?.();
          });
          try {
            let sequence = 0;
            while (!closed) {
              while (queue.length)
                await stream.writeSSE({
                  event: 'counter',
                  data: queue.shift()!,
                  id: String(++sequence),
                });
              await new Promise<void>((resolve) => {
                wake = resolve;
                setTimeout(resolve, KEEP_ALIVE_MS).unref?.();
              });
              wake = undefined;
              if (!queue.length && !closed) await stream.write(': keep-alive\n\n');
            }
          } finally {
            unsubscribe();
            release();
          }
        });
      };
    },
  }),
];
