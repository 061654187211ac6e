import type { Locale } from '@plateformcoop/model';
import { messageFor } from '@plateformcoop/signature';
import { escapeHtml } from '../../mail/html.js';
import { LOOK } from '../../mail/look.js';

/** The widgets the registry serves as iframe pages, at `/embed/<widget>`. */
export const EMBEDDABLE_WIDGETS = [
  'counter',
  'signature-form',
  'platform-card',
  'badge',
  'signatories',
] as const;
export type EmbeddableWidget = (typeof EMBEDDABLE_WIDGETS)[number];

export function isEmbeddableWidget(name: string): name is EmbeddableWidget {
  return (EMBEDDABLE_WIDGETS as readonly string[]).includes(name);
}

/**
 * The query parameters copied onto the element as attributes: the elements' documented
 * attributes (widgets README), nothing else, so a link cannot add event handlers or styles.
 */
export const EMBED_ATTRIBUTES = [
  'manifesto',
  'lang',
  'kind',
  'departement',
  'region',
  'goal',
  'live',
  'platform',
  'page-size',
  'q',
  'privacy-url',
  'heading-level',
] as const;

/**
 * The page's own stylesheet (a file, since the CSP admits no inline style), outside `/embed/`:
 * a static path beside `/embed/:widget` would push Hono off its fastest router (RegExpRouter).
 * No margin and no scroll bar of its own: the frame takes the content's height (embed-host.js).
 * The campaign's font: a frame has no page font to inherit, and the browser's default (a serif)
 * would be the widgets' otherwise.
 */
export const EMBED_STYLESHEET = `html,body{margin:0;padding:0;background:transparent}body{font-family:${LOOK.font}}\n`;
export const EMBED_STYLESHEET_PATH = '/assets/embed.css';

/** `en`, `en-GB`: English; anything else: French, the default. */
export function embedLocale(lang: string | undefined): Locale {
  return lang && /^en(-|$)/i.test(lang) ? 'en' : 'fr';
}

/**
 * The HTML of a widget's iframe page: the element with `registry` set to the registry's public
 * URL and the allowed query parameters as attributes (escaped), the widgets' bundle for that
 * element, and `embed-frame.js`, which posts the page's height to the framing page.
 */
export function embedPage(input: {
  widget: EmbeddableWidget;
  registryUrl: string;
  query: Readonly<Record<string, string | undefined>>;
}): string {
  const { widget, query } = input;
  const locale = embedLocale(query.lang);
  const attributes = [`registry="${escapeHtml(input.registryUrl)}"`];
  for (const name of EMBED_ATTRIBUTES) {
    const value = query[name];
    if (value !== undefined) attributes.push(`${name}="${escapeHtml(value)}"`);
  }
  const element = `plateformcoop-${widget}`;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(messageFor('page.embed.title', locale))}</title>
<link rel="stylesheet" href="/widgets/plateformcoop.css">
<link rel="stylesheet" href="${EMBED_STYLESHEET_PATH}">
<script type="module" src="/widgets/${widget}.js"></script>
<script type="module" src="/widgets/embed-frame.js"></script>
</head>
<body>
<${element} ${attributes.join(' ')}></${element}>
</body>
</html>
`;
}

/**
 * The CSP of the iframe pages: only the registry's own scripts, styles and API, images from the
 * registry or any https site (platforms' logos), and framing by the origins CORS allows.
 */
export function embedContentSecurityPolicy(corsOrigins: '*' | readonly string[]): string {
  const ancestors = corsOrigins === '*' ? '*' : corsOrigins.join(' ') || "'none'";
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "connect-src 'self'",
    "img-src 'self' https:",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${ancestors}`,
  ].join('; ');
}
