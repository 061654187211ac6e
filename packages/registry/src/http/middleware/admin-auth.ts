import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../api-error.js';
import type { AppEnv } from '../app-env.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Whether two secrets are equal, in time independent of where (or whether) they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}

/**
 * `Authorization: Bearer <ADMIN_TOKEN>`, compared in constant time. Without a configured token,
 * moderation is closed (503) rather than open.
 */
export function adminAuth(adminToken: string | undefined): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!adminToken) throw new ApiError(503, 'server.unavailable');
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match) {
      c.header('WWW-Authenticate', 'Bearer realm="plateformcoop-admin"');
      throw new ApiError(401, 'auth.required');
    }
    if (!constantTimeEqual(match[1]!.trim(), adminToken)) throw new ApiError(403, 'auth.forbidden');
    await next();
  };
}
