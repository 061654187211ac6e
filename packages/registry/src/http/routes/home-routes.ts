import { Hono } from 'hono';
import type { RegistryContext } from '../../registry-context.js';
import type { AppEnv } from '../app-env.js';
import { homePage } from '../pages/home-page.js';

/** `GET /`: the registry's page for people, in the request's language. */
export function homeRoutes(ctx: RegistryContext) {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    // The totals of the in-memory counters, as the counter's own document serves them.
    const manifestos = await Promise.all(
      [...ctx.manifestos.values()].map(async (manifesto) => ({
        manifesto,
        total: (await ctx.counters.get(manifesto.id)).counter.total,
      })),
    );
    const { html, csp } = homePage({
      locale: c.get('locale'),
      publicUrl: ctx.config.publicUrl,
      manifestos,
    });
    c.header('Content-Security-Policy', csp);
    // Live totals, worded by Accept-Language: caches revalidate and keep one copy per language.
    c.header('Cache-Control', 'no-cache');
    c.header('Vary', 'Accept-Language');
    return c.html(html);
  });
  return app;
}
