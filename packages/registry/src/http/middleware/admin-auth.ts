import type { Context } from 'hono';
import type { AdminIdentity } from '../../admin/admin-identity.js';
import { DomainError } from '../../domain-error.js';
import type { Logger } from '../../observability/logger.js';
import type { RateLimitStore } from '../../store/rate-limit-store.js';
import type { AppEnv } from '../app-env.js';
import { RateLimiter, rateLimitKey } from './rate-limit.js';

/** Failed admin authentications an address may make in `ADMIN_FAILURE_WINDOW_MS`. */
export const ADMIN_FAILURES_ALLOWED = 10;
export const ADMIN_FAILURE_WINDOW_MS = 15 * 60_000;

/**
 * The count of failed admin authentications per client address: after 10 in 15 minutes, every
 * admin request from that address answers 429 until the window passes, a right token's too (a
 * guessing loop learns nothing more). Independent of `RATE_LIMIT_PER_HOUR`: on when that is 0.
 */
export function adminFailureLimiter(
  store: RateLimitStore,
  now: () => number = Date.now,
): RateLimiter {
  return new RateLimiter(ADMIN_FAILURES_ALLOWED, ADMIN_FAILURE_WINDOW_MS, {
    store,
    name: 'admin-failures',
    now,
  });
}

/** Raises `rate.limited` (429, `Retry-After`) for `wait` seconds above 0. */
function refuseFor(c: Context<AppEnv>, wait: number): void {
  if (wait <= 0) return;
  c.header('Retry-After', String(wait));
  throw new DomainError('rate.limited');
}

/**
 * `Authorization: Bearer <token>` of every `admin` route: `ADMIN_TOKEN` or a named token
 * (`admins add`), compared in constant time by `identify`; the name goes to
 * `c.get('moderator')` for the audit log. Without any token, moderation is closed (503) rather
 * than open. A wrong token counts against the client's address in `failures`, and is logged
 * without the token.
 */
export async function authenticateModerator(
  c: Context<AppEnv>,
  identify: (token: string) => Promise<AdminIdentity>,
  failures: RateLimiter,
  logger: Logger,
): Promise<void> {
  const client = rateLimitKey(c.get('clientAddress'));
  refuseFor(c, await failures.wait(client));
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header);
  const identity = await identify(match ? match[1]!.trim() : '');
  if (!identity.configured) throw new DomainError('server.unavailable');
  if (!match) {
    c.header('WWW-Authenticate', 'Bearer realm="plateformcoop-admin"');
    throw new DomainError('auth.required');
  }
  if (!identity.name) {
    // Counted (unless a concurrent failure used the allowance up first): is this one the last?
    const refused = await failures.hit(client);
    const wait = refused || (await failures.wait(client));
    // A warning with the address (what a tool such as fail2ban reads), never the token.
    logger.warn(
      { event: 'admin.refused', client, wait },
      wait > 0
        ? `admin: refused a wrong token from ${client}; its admin requests now wait ${wait} s (${ADMIN_FAILURES_ALLOWED} failures in ${ADMIN_FAILURE_WINDOW_MS / 60_000} min)`
        : `admin: refused a wrong token from ${client}`,
    );
    refuseFor(c, refused);
    throw new DomainError('auth.forbidden');
  }
  c.set('moderator', identity.name);
}
