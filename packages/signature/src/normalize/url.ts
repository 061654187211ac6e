import { normalizeText } from './text.js';

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** Something like `www.exemple.fr` or `exemple.fr/page`: a host name with a dot, no scheme. */
const BARE_HOST = /^[a-z0-9\u00a1-\uffff-]+(?:\.[a-z0-9\u00a1-\uffff-]+)+(?:[/?#:]|$)/i;

/**
 * Normalises a web address as typed: white space removed, `https://` added when the person
 * typed only a host (`www.exemple.fr`), and, when it parses as a URL, the URL's own
 * serialisation (host lowercased and punycoded, default port and dot segments removed).
 * Whether the scheme is acceptable is the validator's decision, not this function's.
 */
export function normalizeUrl(value: string): string {
  let url = normalizeText(value).replace(/\s/g, '');
  if (!HAS_SCHEME.test(url) && BARE_HOST.test(url)) url = `https://${url}`;
  if (!/^https?:/i.test(url)) return url;
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}
