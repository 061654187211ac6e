import { randomBytes } from 'node:crypto';
import type { Locale } from '@plateformcoop/model';
import { escapeHtml } from '../../mail/html.js';
import { LOOK } from '../../mail/look.js';

/** What a page of the registry shows. */
export interface PageInput {
  locale: Locale;
  /** The page's `<title>` and its heading. */
  title: string;
  /** The content under the heading, as HTML whose text the caller escaped. */
  body: string;
  /** An inline script, allowed by the page's CSP through a nonce. */
  script?: string;
  /** The campaign's name, in a band at the top, as its mails show it. */
  campaign?: string;
  /** Style rules of this page beyond the common ones (its print layout, say). */
  style?: string;
}

/**
 * The page's look: the campaign's (its mails' and the widgets' colours and font), one column
 * that narrows with the screen and never scrolls sideways (long words and addresses wrap).
 */
const STYLE = `*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:1rem/1.5 ${LOOK.font};color:${LOOK.text};background:${LOOK.background};overflow-wrap:anywhere}
.campaign{margin:0;padding:.75rem 1rem;background:${LOOK.primary};color:${LOOK.onPrimary};font-weight:700;font-size:1.125rem}
.campaign span{display:block;max-width:36rem;margin:0 auto}
main{max-width:36rem;margin:1.5rem auto;padding:0 1rem}
.box{background:${LOOK.surface};border:1px solid ${LOOK.border};border-radius:.375rem;padding:1.25rem 1.5rem}
h1{font-size:1.5rem;line-height:1.25;margin:0 0 1rem}
h2{font-size:1.2rem;margin:2rem 0 .75rem}
pre{white-space:pre-wrap;overflow-wrap:anywhere;padding:.75rem;border-radius:.375rem;background:${LOOK.background}}
p{margin:0 0 1rem}
a{color:${LOOK.primary}}
button{font:inherit;font-weight:700;min-height:2.75rem;padding:.6em 1.2em;border-radius:.375rem;border:0;background:${LOOK.primary};color:${LOOK.onPrimary};cursor:pointer}
button[disabled]{opacity:.6;cursor:default}
:focus-visible{outline:3px solid ${LOOK.primary};outline-offset:2px}
.outcome{font-weight:700}
.outcome.done{color:${LOOK.success}}
.outcome.failed{color:${LOOK.error}}
.back{margin:1rem 0 0}
table{border-collapse:collapse;width:100%}td{padding:.25rem .5rem .25rem 0;vertical-align:top}`;

/** A small self-contained page; its CSP admits only its own inline style and script (nonce). */
export function htmlPage(input: PageInput): { html: string; csp: string } {
  const nonce = randomBytes(16).toString('base64');
  const campaign = input.campaign
    ? `<header><p class="campaign"><span>${escapeHtml(input.campaign)}</span></p></header>\n`
    : '';
  const html = `<!doctype html>
<html lang="${input.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(input.title)}</title>
<style nonce="${nonce}">${STYLE}${input.style ?? ''}</style>
</head>
<body>
${campaign}<main>
<div class="box">
<h1>${escapeHtml(input.title)}</h1>
${input.body}
</div>
</main>
${input.script ? `<script nonce="${nonce}">${input.script}</script>` : ''}
</body>
</html>`;
  const csp = [
    "default-src 'none'",
    `style-src 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    "connect-src 'self'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
  return { html, csp };
}
