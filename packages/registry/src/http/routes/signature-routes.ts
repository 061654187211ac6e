import { Hono } from 'hono';
import type { RegistryContext } from '../../registry-context.js';
import { submitSignature } from '../../signatures/submit-signature.js';
import { confirmSignature, withdrawSignature } from '../../signatures/token-actions.js';
import type { AppEnv } from '../app-env.js';
import type { RateLimiter } from '../middleware/rate-limit.js';
import { rateLimit } from '../middleware/rate-limit.js';

/** Signing, confirming and withdrawing: the only writes the public can make. */
export function signatureRoutes(
  ctx: RegistryContext,
  limits: { submissions: RateLimiter; tokens: RateLimiter },
) {
  const app = new Hono<AppEnv>();
  app.post('/v1/manifestos/:id/signatures', rateLimit(limits.submissions), async (c) => {
    const receipt = await submitSignature(ctx, c.req.param('id'), c.get('body'), c.get('locale'));
    return c.json(receipt, 202);
  });
  app.post('/v1/confirmations', rateLimit(limits.tokens), async (c) =>
    c.json(await confirmSignature(ctx, c.get('body'))),
  );
  app.post('/v1/withdrawals', rateLimit(limits.tokens), async (c) =>
    c.json(await withdrawSignature(ctx, c.get('body'))),
  );
  return app;
}
