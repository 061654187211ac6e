import { randomBytes } from 'node:crypto';
import type { Locale } from '@plateformcoop/model';
import { escapeHtml } from '../../mail/html.js';

/** A small self-contained page; its CSP admits only its own inline style and script (nonce). */
export function htmlPage(input: { locale: Locale; title: string; body: string; script?: string }): {
  html: string;
  csp: string;
} {
  const nonce = randomBytes(16).toString('base64');
  const html = `<!doctype html>
<html lang="${input.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(input.title)}</title>
<style nonce="${nonce}">
body{font:1.05rem/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1f2937}
h1{font-size:1.5rem}button{font:inherit;padding:.6em 1.2em;border-radius:.4em;border:0;background:#3b2a6b;color:#fff;cursor:pointer}
button[disabled]{opacity:.6;cursor:default}[role=status]{margin-top:1rem;font-weight:600}
h2{font-size:1.2rem;margin-top:2rem}pre{white-space:pre-wrap;overflow-wrap:anywhere;padding:.75rem;border-radius:.4em;background:#f3f4f6}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(input.title)}</h1>
${input.body}
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
