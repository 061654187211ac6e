import { signAttestation } from '@plateformcoop/signature';
import { Hono } from 'hono';
import { badgeSvg, shieldsBadge } from '../../platforms/badge.js';
import type { RegistryContext } from '../../registry-context.js';
import { ApiError } from '../api-error.js';
import type { AppEnv } from '../app-env.js';

/** Platforms, their signing status, the attestation that proves it, and the badges. */
export function platformRoutes(ctx: RegistryContext) {
  const app = new Hono<AppEnv>();
  const found = async (slug: string) => {
    const platform = await ctx.platforms.get(slug);
    if (!platform) throw new ApiError(404, 'not_found');
    return platform;
  };
  app.get('/v1/platforms', async (c) => {
    c.header('Cache-Control', 'public, max-age=60');
    return c.json(await ctx.platforms.list());
  });
  app.get('/v1/platforms/:slug', async (c) => {
    c.header('Cache-Control', 'public, max-age=60');
    return c.json((await found(c.req.param('slug'))).platform);
  });
  app.get('/v1/platforms/:slug/attestation', async (c) => {
    const { row, platform } = await found(c.req.param('slug'));
    const signature = row.signature_id
      ? await ctx.store.signatures.findById(row.signature_id)
      : undefined;
    // Withdrawn or rejected: the badge is revoked, there is nothing to attest.
    if (signature?.status !== 'published' || !signature.signature_key)
      throw new ApiError(404, 'not_found');
    const manifesto = ctx.manifestos.get(signature.manifesto_id);
    const key = ctx.keys.signingKey;
    const jws = await signAttestation(
      {
        signatureId: signature.id,
        subject: signature.signature_key,
        slug: platform.slug,
        name: platform.name,
        website: platform.website,
        manifesto: {
          id: signature.manifesto_id,
          contentHash: signature.manifesto_hash ?? manifesto?.contentHash,
        },
        signedAt: signature.published_at ?? signature.created_at,
      },
      {
        privateKey: key.privateKey,
        keyId: key.kid,
        issuer: ctx.config.publicUrl,
        issuedAt: ctx.now(),
      },
    );
    c.header('Cache-Control', 'public, max-age=300');
    c.header('Content-Type', 'application/jose');
    return c.body(jws);
  });
  app.get('/v1/platforms/:slug/badge.svg', async (c) => {
    const { platform } = await found(c.req.param('slug'));
    c.header('Cache-Control', 'public, max-age=300');
    c.header('Content-Type', 'image/svg+xml; charset=utf-8');
    return c.body(badgeSvg(platform.signed, c.get('locale'), platform.name));
  });
  app.get('/v1/platforms/:slug/badge.json', async (c) => {
    const { platform } = await found(c.req.param('slug'));
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(shieldsBadge(platform.signed, c.get('locale')));
  });
  app.get('/.well-known/jwks.json', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.json(ctx.keys.jwks());
  });
  return app;
}
