import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from '../app-env.js';

/**
 * Strict defaults for every answer: no framing, no sniffing, no referrer, a CSP that allows
 * nothing, and `Cross-Origin-Resource-Policy: same-origin`. A route that sets one of these
 * itself keeps it (pages set a CSP with a nonce for their inline script).
 */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
    },
    crossOriginResourcePolicy: 'same-origin',
    crossOriginOpenerPolicy: 'same-origin',
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    removePoweredBy: true,
    overwrite: false,
  });
}

/** For what other sites load (widgets, badges, counters): `Cross-Origin-Resource-Policy: cross-origin`. */
export const embeddable: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  c.res.headers.set('Cross-Origin-Resource-Policy', 'cross-origin');
};
