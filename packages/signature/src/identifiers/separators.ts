/**
 * What people put between the digits of an identifier: spaces of every kind (including the
 * no-break and narrow no-break spaces that word processors insert), dots, dashes and hyphens,
 * slashes, and invisible characters picked up by copy and paste.
 */
const SEPARATORS =
  /[\s.\-‐‑‒–—/_\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

const ALREADY_COMPACT = /^[0-9A-Za-z]*$/;

/** Removes the usual separators from an identifier as typed. */
export function stripSeparators(value: string): string {
  // Most values arrive already compact: skip the replacement then.
  return ALREADY_COMPACT.test(value) ? value : value.replace(SEPARATORS, '');
}
