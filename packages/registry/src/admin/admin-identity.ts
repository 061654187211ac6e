import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { RegistryContext } from '../registry-context.js';

/** The name the `ADMIN_TOKEN` environment variable's holder carries in the audit log. */
export const ENV_ADMIN_NAME = 'admin';

/** Names: letters, digits, dot, dash, underscore, 1 to 64 characters (they show in the log). */
export const ADMIN_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export const hashAdminToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

/** A new token: 32 random bytes, prefixed so that a leaked one is recognisable in a scan. */
export const newAdminToken = (): string => `pcadm_${randomBytes(32).toString('base64url')}`;

export type AdminIdentity = { configured: false } | { configured: true; name: string | undefined };

/**
 * Who presents `token`: `ADMIN_TOKEN` (named `admin`) or a named token of the CLI. Every
 * candidate is compared, each in constant time, so timing says nothing about which one matched
 * or how close a guess came. `configured: false` when no token exists at all (moderation closed).
 */
export async function identifyAdmin(ctx: RegistryContext, token: string): Promise<AdminIdentity> {
  const named = await ctx.store.adminTokens.active();
  const envToken = ctx.config.adminToken;
  if (!envToken && named.length === 0) return { configured: false };
  const presented = Buffer.from(hashAdminToken(token), 'hex');
  let name: string | undefined;
  if (envToken && timingSafeEqual(presented, Buffer.from(hashAdminToken(envToken), 'hex')))
    name = ENV_ADMIN_NAME;
  for (const row of named) {
    const stored = Buffer.from(row.token_hash, 'hex');
    if (stored.length === presented.length && timingSafeEqual(presented, stored)) name ??= row.name;
  }
  return { configured: true, name };
}
