import { createProofOfWorkChallenge } from '@plateformcoop/signature';
import { Hono } from 'hono';
import type { RegistryContext } from '../../registry-context.js';
import { ApiError } from '../api-error.js';
import type { AppEnv } from '../app-env.js';

const CHALLENGE_TTL_MS = 20 * 60_000;

/** The manifestos, and a proof-of-work challenge to sign one. */
export function manifestoRoutes(ctx: RegistryContext) {
  const app = new Hono<AppEnv>();
  const list = [...ctx.manifestos.values()];
  app.get('/v1/manifestos', (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(list);
  });
  app.get('/v1/manifestos/:id', (c) => {
    const manifesto = ctx.manifestos.get(c.req.param('id'));
    if (!manifesto) throw new ApiError(404, 'manifesto.unknown');
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(manifesto);
  });
  app.get('/v1/manifestos/:id/challenge', async (c) => {
    if (!ctx.manifestos.has(c.req.param('id'))) throw new ApiError(404, 'manifesto.unknown');
    const challenge = await createProofOfWorkChallenge({
      hmacKey: ctx.challengeSecret,
      expiresAt: new Date(ctx.now().getTime() + CHALLENGE_TTL_MS),
      cost: ctx.config.powCost,
    });
    c.header('Cache-Control', 'no-store');
    return c.json(challenge);
  });
  return app;
}
