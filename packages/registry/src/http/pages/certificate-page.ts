import {
  apiPath,
  CERTIFICATE_JWS_PATH,
  CERTIFICATE_PDF_PATH,
  JWKS_PATH,
  type Locale,
} from '@plateformcoop/model';
import { messageFor } from '@plateformcoop/signature';
import type { CertificateFacts } from '../../exports/certificate.js';
import { type CertificateRow, certificateText } from '../../exports/certificate-words.js';
import { qrModules, qrSvgPath } from '../../exports/qr-code.js';
import { escapeHtml } from '../../mail/html.js';
import { LOOK } from '../../mail/look.js';
import { htmlPage } from './page.js';

/**
 * The certificate's own rules: its lines as a two-column table, its state set apart, and an A4
 * print layout (no band's background, no download links, the QR code kept on the page).
 */
const STYLE = `
th{text-align:left;font-weight:400;color:${LOOK.muted};padding:.25rem 1rem .25rem 0;vertical-align:top;width:12rem}
.code{font-family:${LOOK.monospace};font-size:.875rem}
.state{padding:.75rem 1rem;border-left:.375rem solid ${LOOK.success};background:${LOOK.background}}
.state.withdrawn{border-color:${LOOK.error}}
.state strong{display:block;margin-bottom:.25rem}
.proof{display:flex;gap:1.5rem;align-items:flex-start;flex-wrap:wrap;margin-top:1rem}
.proof svg{width:8rem;height:8rem;flex:none;background:#fff}
.proof p{flex:1 1 14rem;margin:0}
.issued{color:${LOOK.muted};font-size:.875rem;margin-top:1.5rem}
@page{size:A4;margin:16mm}
@media print{
body{background:#fff;font-size:10pt;line-height:1.35}
h1{font-size:18pt;margin:0 0 3mm}
h2{font-size:12pt;margin:5mm 0 1.5mm}
p{margin:0 0 2mm}
ul{margin:0;padding-left:6mm}
th,td{padding:.5mm 3mm .5mm 0}
.state{padding:2mm 3mm}
.proof{margin-top:4mm}
.proof svg{width:30mm;height:30mm}
.issued{margin-top:4mm}
.campaign{background:none;color:${LOOK.text};border-bottom:2pt solid ${LOOK.primary};padding:0 0 4mm}
.campaign span{max-width:none}
main{max-width:none;margin:0;padding:0}
.box{border:0;padding:0}
.downloads{display:none}
h2{break-after:avoid}
table,.proof{break-inside:avoid}
a{color:inherit;text-decoration:none}
}`;

function rowsTable(rows: readonly CertificateRow[]): string {
  return `<table>
${rows
  .map(
    (row) =>
      `<tr><th scope="row">${escapeHtml(row.label)}</th><td${row.code ? ' class="code"' : ''}>${escapeHtml(row.value)}</td></tr>`,
  )
  .join('\n')}
</table>`;
}

/**
 * The certificate's page, in `locale`: what its PDF states, and the signature's state in the
 * registry now (withdrawn on a date, when it was). Links are relative to the page.
 */
export function certificatePage(input: {
  facts: CertificateFacts;
  locale: Locale;
  campaign: string;
  now: Date;
}) {
  const { facts, locale } = input;
  const text = certificateText(facts, locale, input.campaign, input.now);
  const words = (code: Parameters<typeof messageFor>[0]) => escapeHtml(messageFor(code, locale));
  const modules = qrModules(facts.url);
  const side = modules.size + 8;
  const qr = `<svg viewBox="-4 -4 ${side} ${side}" role="img" aria-label="${escapeHtml(text.qrLabel)}" shape-rendering="crispEdges"><rect x="-4" y="-4" width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${qrSvgPath(modules)}"/></svg>`;
  // The files are the page's siblings: `<id>.pdf` beside `/certificates/<id>`.
  const fileOf = (template: typeof CERTIFICATE_PDF_PATH | typeof CERTIFICATE_JWS_PATH) =>
    escapeHtml(apiPath(template, { id: facts.id }).split('/').pop()!);
  const body = `<p>${escapeHtml(text.intro)}</p>
<h2>${escapeHtml(text.state.heading)}</h2>
<div class="state${text.state.withdrawn ? ' withdrawn' : ''}"><strong>${escapeHtml(text.state.sentence)}</strong></div>
<h2>${escapeHtml(text.signatory.heading)}</h2>
${rowsTable(text.signatory.rows)}
<h2>${escapeHtml(text.manifesto.heading)}</h2>
${rowsTable(text.manifesto.rows)}
<h2>${escapeHtml(text.commitments.heading)}</h2>
<ul>
${text.commitments.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}
</ul>
<h2>${escapeHtml(text.dates.heading)}</h2>
${rowsTable(text.dates.rows)}
<div class="proof">${qr}<p>${escapeHtml(text.state.verify)}<br><span class="code">${escapeHtml(facts.url)}</span></p></div>
<nav class="downloads" aria-label="${words('page.certificate.downloads')}">
<h2>${words('page.certificate.downloads')}</h2>
<ul>
<li><a href="${fileOf(CERTIFICATE_PDF_PATH)}" download>${words('page.certificate.pdf')}</a></li>
<li><a href="${fileOf(CERTIFICATE_JWS_PATH)}" download>${words('page.certificate.jws')}</a></li>
<li><a href="../${escapeHtml(JWKS_PATH.slice(1))}">${words('page.certificate.jwks')}</a></li>
</ul>
</nav>
<p class="issued">${escapeHtml(text.issued)}</p>`;
  return htmlPage({
    locale,
    title: text.title,
    body,
    campaign: input.campaign,
    style: STYLE,
  });
}
