import type { Context } from 'hono';
import type { AdminIdentity } from '../../admin/admin-identity.js';
import { DomainError } from '../../domain-error.js';
import type { AppEnv } from '../app-env.js';

/**
 * `Authorization: Bearer <token>` of every `admin` route: `ADMIN_TOKEN` or a named token
 * (`admins add`), compared in constant time by `identify`; the name goes to
 * `c.get('moderator')` for the audit log. Without any token, moderation is closed (503) rather
 * than open.
 */
export async function authenticateModerator(
  c: Context<AppEnv>,
  identify: (token: string) => Promise<AdminIdentity>,
): Promise<void> {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header);
  const identity = await identify(match ? match[1]!.trim() : '');
  if (!identity.configured) throw new DomainError('server.unavailable');
  if (!match) {
    c.header('WWW-Authenticate', 'Bearer realm="plateformcoop-admin"');
    throw new DomainError('auth.required');
  }
  if (!identity.name) throw new DomainError('auth.forbidden');
  c.set('moderator', identity.name);
}
