// The baseline of the counter benchmark: a bare Hono route returning a constant JSON, on the same
// Node server adapter as the registry, in its own process like the registry.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
const body = JSON.stringify({ manifestoId: 'plateformcoop-2023', total: 0 });
app.get('/counter', (c) => c.body(body, 200, { 'content-type': 'application/json' }));
serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(process.env.PORT) }, () => {
  console.log('ready');
});
