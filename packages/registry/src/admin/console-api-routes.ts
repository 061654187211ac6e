import { Hono } from 'hono';
import { ApiError } from '../http/api-error.js';
import type { AppEnv } from '../http/app-env.js';
import { anonymizeManifesto } from '../privacy/anonymize.js';
import { applyRetention } from '../privacy/retention.js';
import type { RegistryContext } from '../registry-context.js';
import { campaignStats } from './campaign-stats.js';
import { anonymizePreview, retentionPreview } from './privacy-preview.js';
import { moderationItemOf, searchSignatures, signatureQueryOf } from './signature-search.js';

/** One line of a signature's history, as the console shows it. */
export interface HistoryEntry {
  from: string;
  to: string;
  actorKind: 'signer' | 'moderator' | 'system';
  actor: string;
  reason: string | null;
  at: string;
}

/** Longest reason a moderator may mail a signer. */
export const MAX_REASON_LENGTH = 1000;

/** The rejection's body: `{}` or `{ reason }` (unknown fields refused). */
export function rejectionReasonOf(body: unknown): string | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body !== 'object' || Array.isArray(body)) throw new ApiError(400, 'field.invalid');
  if (Object.keys(body).some((k) => k !== 'reason')) throw new ApiError(400, 'field.unknown');
  const reason = (body as { reason?: unknown }).reason;
  if (reason === undefined) return undefined;
  if (typeof reason !== 'string') throw new ApiError(400, 'field.invalid');
  const trimmed = reason.trim();
  if (trimmed.length > MAX_REASON_LENGTH) throw new ApiError(400, 'text.too_long');
  return trimmed || undefined;
}

function manifestoOf(ctx: RegistryContext, id: string | undefined): string {
  const manifesto = id ?? ctx.manifestos.keys().next().value;
  if (!manifesto || !ctx.manifestos.has(manifesto)) throw new ApiError(404, 'manifesto.unknown');
  return manifesto;
}

/**
 * What the moderation console reads and runs, under `/v1/admin/` (mounted behind the admin
 * token's middleware by `adminRoutes`): search, detail with history, stats, privacy previews.
 */
export function consoleApiRoutes(ctx: RegistryContext) {
  const app = new Hono<AppEnv>();
  app.get('/v1/admin/me', (c) => c.json({ name: c.get('moderator') }));
  app.get('/v1/admin/signatures', async (c) =>
    c.json(await searchSignatures(ctx, signatureQueryOf(c.req.query()))),
  );
  app.get('/v1/admin/signatures/:id', async (c) => {
    const row = await ctx.store.signatures.findById(c.req.param('id'));
    if (!row) throw new ApiError(404, 'not_found');
    const history = await ctx.store.auditLog.ofSignature(row.id);
    return c.json({
      item: moderationItemOf(ctx, row),
      history: history.map(
        (e): HistoryEntry => ({
          from: e.from_status,
          to: e.to_status,
          actorKind: e.actor_kind,
          actor: e.actor_name,
          reason: e.reason,
          at: e.at,
        }),
      ),
    });
  });
  app.get('/v1/admin/stats', async (c) =>
    c.json(await campaignStats(ctx, manifestoOf(ctx, c.req.query('manifesto')))),
  );
  app.get('/v1/admin/retention', async (c) => c.json(await retentionPreview(ctx)));
  app.post('/v1/admin/retention', async (c) => c.json(await applyRetention(ctx)));
  app.get('/v1/admin/anonymize', async (c) =>
    c.json(await anonymizePreview(ctx, manifestoOf(ctx, c.req.query('manifesto')))),
  );
  app.post('/v1/admin/anonymize', async (c) => {
    const body = c.get('body') as { manifesto?: unknown } | null;
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw new ApiError(400, 'field.invalid');
    if (Object.keys(body).some((k) => k !== 'manifesto')) throw new ApiError(400, 'field.unknown');
    if (typeof body.manifesto !== 'string') throw new ApiError(400, 'field.required');
    const manifesto = manifestoOf(ctx, body.manifesto);
    return c.json({ anonymized: await anonymizeManifesto(ctx, manifesto) });
  });
  return app;
}
