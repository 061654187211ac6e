import { normalizeText } from './text.js';

/**
 * Normalises an e-mail address as typed: no white space at all (people paste them with
 * spaces), and the domain lowercased (domains are case-insensitive; the local part may not be,
 * so it is kept as typed).
 */
export function normalizeEmail(value: string): string {
  const text = normalizeText(value);
  const compact = text.includes(' ') ? text.replaceAll(' ', '') : text;
  const at = compact.lastIndexOf('@');
  return at < 0 ? compact : compact.slice(0, at + 1) + compact.slice(at + 1).toLowerCase();
}
