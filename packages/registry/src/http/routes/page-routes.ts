import type { Locale } from '@plateformcoop/model';
import { messageFor, verifyToken } from '@plateformcoop/signature';
import { Hono } from 'hono';
import { escapeHtml } from '../../mail/html.js';
import type { RegistryContext } from '../../registry-context.js';
import type { AppEnv } from '../app-env.js';
import { openApiDocument } from '../openapi/document.js';
import { htmlPage } from '../pages/page.js';
import { tokenActionPage } from '../pages/token-action-page.js';

async function signatureLocale(
  ctx: RegistryContext,
  token: string,
  purpose: 'confirm' | 'withdraw',
): Promise<Locale | undefined> {
  const verified = await verifyToken(token, { secret: ctx.tokenSecret, purpose, now: ctx.now() });
  if (!verified.ok) return undefined;
  const locale = (await ctx.store.signatures.findById(verified.signatureId))?.locale;
  return locale === 'en' || locale === 'fr' ? locale : undefined;
}

/** The registry's own pages: the mail links' landing pages, the API docs, and health. */
export function pageRoutes(ctx: RegistryContext, version: string) {
  const app = new Hono<AppEnv>();
  for (const action of ['confirm', 'withdraw'] as const) {
    app.get(`/${action}`, async (c) => {
      const token = (c.req.query('token') ?? '').slice(0, 1024);
      // In the language of the signature when the link is genuine (reading changes nothing).
      const { html, csp } = tokenActionPage(
        action,
        token,
        (await signatureLocale(ctx, token, action)) ?? c.get('locale'),
      );
      c.header('Content-Security-Policy', csp);
      c.header('Cache-Control', 'no-store');
      return c.html(html);
    });
  }
  let document: string | undefined;
  app.get('/openapi.json', (c) => {
    document ??= JSON.stringify(openApiDocument(ctx.config.publicUrl, version));
    c.header('Content-Type', 'application/json; charset=UTF-8');
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(document);
  });
  app.get('/docs', (c) => {
    const doc = openApiDocument(ctx.config.publicUrl, version) as {
      paths: Record<string, Record<string, { summary?: string }>>;
    };
    const rows = Object.entries(doc.paths)
      .flatMap(([path, ops]) =>
        Object.entries(ops).map(
          ([method, op]) =>
            `<tr><td><code>${method.toUpperCase()}</code></td><td><code>${escapeHtml(path)}</code></td><td>${escapeHtml(op.summary ?? '')}</td></tr>`,
        ),
      )
      .join('\n');
    const locale = c.get('locale');
    const { html, csp } = htmlPage({
      locale,
      title: messageFor('page.docs.title', locale),
      body: `<p><a href="openapi.json">openapi.json</a> (OpenAPI 3.1)</p><table>${rows}</table>`,
    });
    c.header('Content-Security-Policy', csp);
    return c.html(html);
  });
  app.get('/healthz', async (c) => {
    await ctx.store.signatures.ping();
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'ok', database: ctx.store.handle.kind });
  });
  return app;
}
