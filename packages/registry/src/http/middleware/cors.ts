import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';

const ALLOW_METHODS = 'GET, HEAD, POST, OPTIONS';
const ALLOW_HEADERS = 'Content-Type, Accept-Language, If-None-Match';
const EXPOSE_HEADERS = 'ETag, Retry-After, Content-Language';

/**
 * CORS exactly as configured: `'*'` lets any origin read (and post, since posting needs a solved
 * proof of work anyway); a list allows those origins only. No credentials, ever. Preflights are
 * answered here (the function returns their response). Headers go on with `c.header()` before the route (see security-headers.ts).
 */
export function corsHeaders(
  origins: '*' | readonly string[],
): (c: Context<AppEnv>) => Response | undefined {
  const allowed = origins === '*' ? undefined : new Set(origins);
  return (c) => {
    const origin = c.req.header('origin');
    let allow: string | undefined;
    if (!allowed) allow = '*';
    else {
      c.header('Vary', 'Origin');
      if (origin && allowed.has(origin)) allow = origin;
    }
    if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method')) {
      if (!allow) return c.body(null, 204);
      c.header('Access-Control-Allow-Origin', allow);
      c.header('Access-Control-Allow-Methods', ALLOW_METHODS);
      c.header('Access-Control-Allow-Headers', ALLOW_HEADERS);
      c.header('Access-Control-Max-Age', '600');
      return c.body(null, 204);
    }
    if (allow) {
      c.header('Access-Control-Allow-Origin', allow);
      if (origin) c.header('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    }
    return undefined;
  };
}
