import type { Locale } from '@plateformcoop/model';
import { messageFor } from '@plateformcoop/signature';
import { escapeHtml } from '../mail/html.js';

/** The shields.io endpoint format (https://shields.io/badges/endpoint-badge). */
export interface ShieldsEndpoint {
  schemaVersion: 1;
  label: string;
  message: string;
  color: string;
  isError?: boolean;
}

const SIGNED_COLOR = '#2e7d32';
const NOT_SIGNED_COLOR = '#6b7280';

export function shieldsBadge(signed: boolean, locale: Locale): ShieldsEndpoint {
  return {
    schemaVersion: 1,
    label: messageFor('badge.label', locale),
    message: messageFor(signed ? 'badge.signed' : 'badge.not_signed', locale),
    color: signed ? 'green' : 'lightgrey',
  };
}

/** Approximate width of a text in 11px Verdana, enough to size a flat badge. */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[ilj.,:;'!|]/.test(ch) ? 3.5 : /[mwMW]/.test(ch) ? 10 : /[A-Z]/.test(ch) ? 7.5 : 6.6;
  return Math.ceil(width);
}

/** A static badge in the style of shields.io's "flat" badges, for pages that run no script. */
export function badgeSvg(signed: boolean, locale: Locale, platformName: string): string {
  const label = escapeHtml(messageFor('badge.label', locale));
  const message = escapeHtml(messageFor(signed ? 'badge.signed' : 'badge.not_signed', locale));
  const lw = textWidth(messageFor('badge.label', locale)) + 12;
  const mw = textWidth(messageFor(signed ? 'badge.signed' : 'badge.not_signed', locale)) + 12;
  const title = `${escapeHtml(platformName)}: ${label} ${message}`;
  const color = signed ? SIGNED_COLOR : NOT_SIGNED_COLOR;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${lw + mw}" height="20" role="img" aria-label="${title}"><title>${title}</title><linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient><clipPath id="r"><rect width="${lw + mw}" height="20" rx="3" fill="#fff"/></clipPath><g clip-path="url(#r)"><rect width="${lw}" height="20" fill="#3b2a6b"/><rect x="${lw}" width="${mw}" height="20" fill="${color}"/><rect width="${lw + mw}" height="20" fill="url(#s)"/></g><g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11"><text x="${lw / 2}" y="14">${label}</text><text x="${lw + mw / 2}" y="14">${message}</text></g></svg>`;
}
