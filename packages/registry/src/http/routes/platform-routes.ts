import {
  ATTESTATION_PATH,
  BADGE_JSON_PATH,
  BADGE_SVG_PATH,
  JWKS_PATH,
  PLATFORM_PATH,
  PLATFORMS_PATH,
  PlatformWithStatus,
} from '@plateformcoop/model';
import { signAttestation } from '@plateformcoop/signature';
import { z } from 'zod';
import { DomainError } from '../../domain-error.js';
import { badgeSvg, shieldsBadge } from '../../platforms/badge.js';
import type { RegistryContext } from '../../registry-context.js';
import type { SignatureRow } from '../../store/signature-store.js';
import { optional } from '../query-parameters.js';
import { defineRoute, jsonAnswer, textAnswer } from '../route.js';

const slugParameter = z.object({ slug: z.string() });

/** The shields.io endpoint format (https://shields.io/badges/endpoint-badge). */
const ShieldsEndpoint = z
  .object({
    schemaVersion: z.literal(1),
    label: z.string(),
    message: z.string(),
    color: z.string(),
  })
  .meta({ id: 'ShieldsEndpoint' });

/** A JSON Web Key Set (RFC 7517): the registry's Ed25519 public keys. */
const Jwks = z.object({ keys: z.array(z.record(z.string(), z.unknown())) }).meta({ id: 'Jwks' });

async function platformOf(ctx: RegistryContext, slug: string) {
  const platform = await ctx.platforms.get(slug);
  if (!platform) throw new DomainError('not_found');
  return platform;
}

/** A badge's manifesto: a platform may sign several campaigns of one registry. */
const badgeQuery = z.object({
  manifesto: optional(
    z
      .string()
      .describe('A manifesto id: whether the platform signed that one (any one by default)'),
  ),
});

/**
 * The platform's published signature that a badge speaks of: of the manifesto asked for, else
 * the one that makes it a signatory. `undefined` when it has none.
 */
async function badgeSignatureOf(
  ctx: RegistryContext,
  slug: string,
  manifesto: string | undefined,
): Promise<SignatureRow | undefined> {
  const { row } = await platformOf(ctx, slug);
  if (manifesto) {
    if (!ctx.manifestos.has(manifesto)) throw new DomainError('manifesto.unknown');
    return ctx.store.signatures.publishedOfPlatform(slug, manifesto);
  }
  const signature = row.signature_id
    ? await ctx.store.signatures.findById(row.signature_id)
    : undefined;
  return signature?.status === 'published' ? signature : undefined;
}

/** Platforms, their signing status, the attestation that proves it, and the badges. */
export const platformRoutes = [
  defineRoute({
    method: 'get',
    path: PLATFORMS_PATH,
    exposure: 'embeddable',
    cache: 'public, max-age=60',
    operationId: 'listPlatforms',
    summary: 'Platforms with their signing status',
    tags: ['platforms'],
    answers: {
      200: jsonAnswer(
        'The reference platforms and those created by signatures',
        z.array(PlatformWithStatus),
      ),
    },
    handle: (ctx) => async (c) => {
      return c.json(await ctx.platforms.list());
    },
  }),
  defineRoute({
    method: 'get',
    path: PLATFORM_PATH,
    exposure: 'embeddable',
    cache: 'public, max-age=60',
    operationId: 'getPlatform',
    summary: 'One platform and its signing status',
    tags: ['platforms'],
    params: slugParameter,
    answers: {
      200: jsonAnswer('The platform', PlatformWithStatus),
    },
    errors: ['not_found'],
    handle:
      (ctx) =>
      async (c, { params }) => {
        return c.json((await platformOf(ctx, params.slug)).platform);
      },
  }),
  defineRoute({
    method: 'get',
    path: ATTESTATION_PATH,
    exposure: 'embeddable',
    cache: 'public, max-age=300',
    operationId: 'getAttestation',
    summary: 'The signed attestation that the platform signed (compact JWS, EdDSA)',
    description:
      'Made by the signature core’s `signAttestation` (`typ: plateformcoop-attestation+jwt`); verify it against the JWKS.',
    tags: ['platforms'],
    params: slugParameter,
    query: badgeQuery,
    answers: {
      200: textAnswer('A compact JWS', 'application/jose'),
    },
    // Unknown platform, or one that did not sign (that manifesto) or withdrew: nothing to attest.
    errors: ['not_found', 'manifesto.unknown'],
    handle:
      (ctx) =>
      async (c, { params, query }) => {
        const { platform } = await platformOf(ctx, params.slug);
        const signature = await badgeSignatureOf(ctx, params.slug, query.manifesto);
        // Withdrawn or rejected: the badge is revoked, there is nothing to attest.
        if (!signature?.signature_key) throw new DomainError('not_found');
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
        return c.body(jws, 200, { 'Content-Type': 'application/jose' });
      },
  }),
  defineRoute({
    method: 'get',
    path: BADGE_SVG_PATH,
    exposure: 'embeddable',
    cache: 'public, max-age=300',
    operationId: 'getBadgeSvg',
    summary: 'A static badge (signed or not), for pages that run no script',
    tags: ['platforms'],
    params: slugParameter,
    query: badgeQuery,
    answers: {
      200: textAnswer('An SVG image, in the `Accept-Language` of the request', 'image/svg+xml'),
    },
    errors: ['not_found', 'manifesto.unknown'],
    handle:
      (ctx) =>
      async (c, { params, query }) => {
        const { platform } = await platformOf(ctx, params.slug);
        const signed = query.manifesto
          ? Boolean(await badgeSignatureOf(ctx, params.slug, query.manifesto))
          : platform.signed;
        return c.body(badgeSvg(signed, c.get('locale'), platform.name), 200, {
          'Content-Type': 'image/svg+xml; charset=utf-8',
        });
      },
  }),
  defineRoute({
    method: 'get',
    path: BADGE_JSON_PATH,
    exposure: 'embeddable',
    cache: 'public, max-age=300',
    operationId: 'getBadgeJson',
    summary: 'The badge in the shields.io endpoint format',
    tags: ['platforms'],
    params: slugParameter,
    query: badgeQuery,
    answers: {
      200: jsonAnswer('A shields.io endpoint', ShieldsEndpoint),
    },
    errors: ['not_found', 'manifesto.unknown'],
    handle:
      (ctx) =>
      async (c, { params, query }) => {
        const { platform } = await platformOf(ctx, params.slug);
        const signed = query.manifesto
          ? Boolean(await badgeSignatureOf(ctx, params.slug, query.manifesto))
          : platform.signed;
        return c.json(shieldsBadge(signed, c.get('locale')));
      },
  }),
  defineRoute({
    method: 'get',
    path: JWKS_PATH,
    exposure: 'embeddable',
    cache: 'public, max-age=3600',
    operationId: 'getJwks',
    summary: 'The public keys that verify attestations, old ones included after a rotation',
    tags: ['platforms'],
    answers: {
      200: jsonAnswer('A JWKS', Jwks),
    },
    handle: (ctx) => (c) => {
      return c.json(ctx.keys.jwks());
    },
  }),
];
