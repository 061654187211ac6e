const ALLOW_METHODS = 'GET, HEAD, POST, OPTIONS';
const ALLOW_HEADERS = 'Content-Type, Accept-Language, If-None-Match';
const EXPOSE_HEADERS = 'ETag, Retry-After, Content-Language';

/** What the CORS configuration says about one request's origin. */
export interface CorsPolicy {
  /** The `Access-Control-Allow-Origin` a request from `origin` gets, if it is allowed at all. */
  allowedOrigin(origin: string | undefined): string | undefined;
  /** The headers an answer to a request from `origin` carries (none for an origin not allowed). */
  headers(origin: string | undefined): Record<string, string>;
  /** The headers of the `204` answering a preflight from `origin` (just `Vary` when refused). */
  preflight(origin: string | undefined): Record<string, string>;
}

/**
 * CORS exactly as configured: `'*'` lets any origin read (and post, since posting needs a solved
 * proof of work anyway); a list allows those origins only, and the answers then vary by origin.
 * No credentials, ever.
 */
export function corsPolicy(origins: '*' | readonly string[]): CorsPolicy {
  const allowed = origins === '*' ? undefined : new Set(origins);
  const vary: Record<string, string> = allowed ? { vary: 'Origin' } : {};
  const allowedOrigin = (origin: string | undefined) =>
    allowed ? (origin && allowed.has(origin) ? origin : undefined) : '*';
  return {
    allowedOrigin,
    headers(origin) {
      const allow = allowedOrigin(origin);
      if (!allow) return { ...vary };
      return {
        ...vary,
        'access-control-allow-origin': allow,
        ...(origin ? { 'access-control-expose-headers': EXPOSE_HEADERS } : {}),
      };
    },
    preflight(origin) {
      const allow = allowedOrigin(origin);
      if (!allow) return { ...vary };
      return {
        ...vary,
        'access-control-allow-origin': allow,
        'access-control-allow-methods': ALLOW_METHODS,
        'access-control-allow-headers': ALLOW_HEADERS,
        'access-control-max-age': '600',
      };
    },
  };
}
