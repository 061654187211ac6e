/**
 * What never reaches a log line: e-mail addresses (a transport's error may quote one) and
 * secrets (link tokens, admin tokens, SMTP passwords in a URL).
 */
const ADDRESS = /[^\s<>"'@:/]+@[^\s<>"'/]+\.[^\s<>"'/]+/g;
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+(?::[^\s/@]*)?@/gi;
const BEARER = /\b(Bearer)\s+\S+/gi;

/** Replaces address-shaped text and credentials in a free text. */
export function redactText(text: string): string {
  return text
    .replace(URL_CREDENTIALS, '$1<credentials>@')
    .replace(BEARER, '$1 <token>')
    .replace(ADDRESS, '<address>');
}

/** Log lines never carry an address, even inside a transport's error message. */
export const redactAddresses = redactText;

/**
 * Field names whose values are secret or personal wherever they appear in a logged object
 * (pino's `redact` paths, one level deep and at the top).
 */
const SECRET_KEYS = [
  'token',
  'adminToken',
  'authorization',
  'password',
  'secret',
  'email',
  'contactEmail',
  'address',
  'phone',
];
export const REDACTED_PATHS = SECRET_KEYS.flatMap((key) => [key, `*.${key}`]);
