import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AdminIdentity } from '../../admin/admin-identity.js';
import { ApiError } from '../api-error.js';
import type { AppEnv } from '../app-env.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Whether two secrets are equal, in time independent of where (or whether) they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}

/**
 * `Authorization: Bearer <token>`: `ADMIN_TOKEN` or a named token (`admins add`), compared in
 * constant time by `identify`; the name goes to `c.get('moderator')` for the audit log. Without
 * any token, moderation is closed (503) rather than open.
 */
export function adminAuth(
  identify: (token: string) => Promise<AdminIdentity>,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    const identity = await identify(match ? match[1]!.trim() : '');
    if (!identity.configured) throw new ApiError(503, 'server.unavailable');
    if (!match) {
      c.header('WWW-Authenticate', 'Bearer realm="plateformcoop-admin"');
      throw new ApiError(401, 'auth.required');
    }
    if (!identity.name) throw new ApiError(403, 'auth.forbidden');
    c.set('moderator', identity.name);
    await next();
  };
}
