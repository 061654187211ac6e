/**
 * The address a link may point to, from a value an embedding page or any other outside party
 * gave: its serialisation when it is an `http:` or `https:` URL (relative ones resolved against
 * `base`), else `undefined`, so that `javascript:`, `data:`, `vbscript:` and anything that
 * does not parse never become a link. The URL parser decides, as the browser will when the
 * link is followed (tabs, line breaks and leading blanks cannot hide a scheme), and the
 * serialisation it returns is what was checked: render that, not the value given.
 */
export function httpLink(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
