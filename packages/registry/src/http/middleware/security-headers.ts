import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from '../app-env.js';

/**
 * Strict defaults for every answer: no framing, no sniffing, no referrer, a CSP that allows
 * nothing (pages set their own), and `Cross-Origin-Resource-Policy: same-origin` unless a route
 * is meant to be embedded (see `embeddable`).
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
  });
}

/** For what other sites load (widgets, badges, counters): `Cross-Origin-Resource-Policy: cross-origin`. */
export const embeddable: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  c.res.headers.set('Cross-Origin-Resource-Policy', 'cross-origin');
};
