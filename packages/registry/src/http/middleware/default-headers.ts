import type { Exposure } from '../route.js';
import type { CorsPolicy } from './cors.js';
import { securityHeaders } from './security-headers.js';

/** Headers as a plain record, lower-case names. */
export type HeaderRecord = Readonly<Record<string, string>>;

/**
 * The default headers of the answers of a route of that exposure, by the request's `Origin`:
 * each route looks its function up once, when the app is built.
 */
export type DefaultHeaderPolicy = (
  exposure: Exposure,
) => (origin: string | undefined) => HeaderRecord;

/**
 * The headers every answer carries unless its route sets its own (security and CORS), as one
 * frozen plain record per kind of request, computed once. A plain record, not a `Headers`:
 * on Node, `@hono/node-server` writes a response built with a plain record straight to the
 * socket, while each `Headers` costs a validated copy per request, a large share of a counter
 * read (measured by `npm run bench`).
 */
export function defaultHeaderPolicy(cors: CorsPolicy, https: boolean): DefaultHeaderPolicy {
  const byOriginFor = (exposure: Exposure) => {
    const security = securityHeaders(exposure, https);
    const moderation = exposure === 'admin';
    // Moderation is never readable from a browser on another origin.
    const record = (origin: string | undefined): HeaderRecord =>
      Object.freeze({ ...security, ...(moderation ? {} : cors.headers(origin)) });
    const withoutOrigin = record(undefined);
    // The CORS headers depend on the origin only through what it is allowed (`*`, one of the
    // configured origins, or nothing): one record for each, made on first use.
    const byAllowed = new Map<string | undefined, HeaderRecord>();
    return (origin: string | undefined): HeaderRecord => {
      if (origin === undefined) return withoutOrigin;
      const allowed = moderation ? undefined : cors.allowedOrigin(origin);
      let headers = byAllowed.get(allowed);
      if (!headers) {
        headers = record(origin);
        byAllowed.set(allowed, headers);
      }
      return headers;
    };
  };
  const byExposure = {
    public: byOriginFor('public'),
    embeddable: byOriginFor('embeddable'),
    framable: byOriginFor('framable'),
    admin: byOriginFor('admin'),
  };
  return (exposure) => byExposure[exposure];
}

const complete = new WeakSet<Response>();

/**
 * Adds the defaults a route did not set itself to its response (a route's own CSP or cache
 * policy wins; `Vary` values add up). Cheap to call twice: a response is completed once.
 */
export function completeWithDefaults(response: Response, defaults: HeaderRecord): Response {
  if (complete.has(response)) return response;
  const headers = response.headers;
  for (const name in defaults) {
    const value = defaults[name]!;
    const current = headers.get(name);
    if (current === null) headers.set(name, value);
    else if (name === 'vary' && !current.toLowerCase().includes(value.toLowerCase()))
      headers.set(name, `${current}, ${value}`);
  }
  complete.add(response);
  return response;
}
