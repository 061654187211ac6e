import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';

/**
 * The client's address: the socket's peer, or the left-most `X-Forwarded-For` entry when the
 * registry runs behind a trusted reverse proxy (`TRUST_PROXY`).
 */
export function clientAddressOf(c: Context<AppEnv>, trustProxy: boolean): string {
  let address = c.env?.incoming?.socket?.remoteAddress ?? 'unknown';
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) address = forwarded;
  }
  return address.replace(/^::ffff:/, '');
}
