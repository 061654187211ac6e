import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';

// Headers are set with `c.header()` before the route runs, never on the finished response: on
// Node, touching a finished response's headers turns Hono's lightweight response into a full
// one and costs a large share of a counter read (measured by `npm run bench`). A route that
// sets one of these itself (a page's CSP with a nonce) simply overrides it.

// Only headers current browsers act on: the ones for Internet Explorer and Flash
// (X-Download-Options, X-Permitted-Cross-Domain-Policies, X-XSS-Protection) are left out, since
// every header costs on each counter read.
const STRICT = [
  ['Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'; base-uri 'none'"],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Referrer-Policy', 'no-referrer'],
  ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
] as const;

/**
 * Strict defaults for every answer (no framing, no sniffing, no referrer, a CSP that allows
 * nothing), and `Cross-Origin-Resource-Policy: same-origin` except where `embeddable(path)`
 * says other sites load it (widgets, badges, counters): there it is `cross-origin`.
 */
export function setSecurityHeaders(c: Context<AppEnv>, embeddable: boolean): void {
  for (const [name, value] of STRICT) c.header(name, value);
  c.header('Cross-Origin-Resource-Policy', embeddable ? 'cross-origin' : 'same-origin');
}
