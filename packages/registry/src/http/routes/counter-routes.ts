import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { RegistryContext } from '../../registry-context.js';
import { ApiError } from '../api-error.js';
import type { AppEnv } from '../app-env.js';

const KEEP_ALIVE_MS = 25_000;

/** The counter, from memory: a cacheable JSON document and a stream of its changes. */
export function counterRoutes(ctx: RegistryContext) {
  const app = new Hono<AppEnv>();
  app.get('/v1/manifestos/:id/counter', async (c) => {
    const id = c.req.param('id');
    if (!ctx.manifestos.has(id)) throw new ApiError(404, 'manifesto.unknown');
    const snapshot = await ctx.counters.get(id);
    c.header('ETag', snapshot.etag);
    // Browsers and CDNs may keep it a few seconds, then revalidate cheaply with If-None-Match.
    c.header('Cache-Control', 'public, max-age=5, stale-while-revalidate=30');
    if (c.req.header('if-none-match') === snapshot.etag) return c.body(null, 304);
    c.header('Content-Type', 'application/json; charset=UTF-8');
    return c.body(snapshot.json);
  });
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
