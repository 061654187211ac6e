import type { Exposure } from '../route.js';

// Only headers current browsers act on: the ones for Internet Explorer and Flash
// (X-Download-Options, X-Permitted-Cross-Domain-Policies, X-XSS-Protection) are left out, since
// every header costs on each counter read.
const STRICT = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'",
  'cross-origin-opener-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
} as const;

const HSTS = { 'strict-transport-security': 'max-age=15552000; includeSubDomains' } as const;

/**
 * Strict defaults for every answer (no sniffing, no referrer, a CSP that allows nothing, no
 * framing), `Cross-Origin-Resource-Policy: same-origin` except where other sites load the
 * answer, and framing allowed only on the iframe pages (whose route sets the CSP that says by
 * whom). HSTS only when the public address is `https:` (behind a TLS proxy): RFC 6797 forbids
 * it over plain HTTP. Header names are lower case, as HTTP/2 and the fetch API spell them.
 */
export function securityHeaders(exposure: Exposure, https: boolean): Record<string, string> {
  return {
    ...STRICT,
    ...(https ? HSTS : {}),
    ...(exposure === 'framable' ? {} : { 'x-frame-options': 'DENY' }),
    'cross-origin-resource-policy':
      exposure === 'embeddable' || exposure === 'framable' ? 'cross-origin' : 'same-origin',
  };
}
