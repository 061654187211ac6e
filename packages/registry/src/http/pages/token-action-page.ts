import type { Locale } from '@plateformcoop/model';
import { messageFor } from '@plateformcoop/signature';
import { escapeHtml } from '../../mail/html.js';
import { htmlPage } from './page.js';

/**
 * The page a mail link opens: it changes nothing by itself (mail scanners follow links); its
 * button posts the token as JSON to the API, and shows the answer.
 */
export function tokenActionPage(action: 'confirm' | 'withdraw', token: string, locale: Locale) {
  const endpoint = action === 'confirm' ? 'v1/confirmations' : 'v1/withdrawals';
  const body = `<p>${escapeHtml(messageFor(`page.${action}.intro`, locale))}</p>
<button type="button" id="act" data-token="${escapeHtml(token)}">${escapeHtml(messageFor(`page.${action}.button`, locale))}</button>
<p role="status" id="status" aria-live="polite"></p>
<noscript><p>${escapeHtml(messageFor('page.noscript', locale))}</p></noscript>`;
  const done = JSON.stringify(messageFor(`page.${action}.done`, locale));
  const script = `(function(){var b=document.getElementById('act'),s=document.getElementById('status');
b.addEventListener('click',function(){b.disabled=true;s.textContent='…';
fetch(${JSON.stringify(endpoint)},{method:'POST',headers:{'content-type':'application/json','accept-language':${JSON.stringify(locale)}},body:JSON.stringify({token:b.dataset.token})})
.then(function(r){return r.json().then(function(d){if(r.ok){s.textContent=${done};b.hidden=true;}else{s.textContent=(d&&d.error&&d.error.message)||('HTTP '+r.status);b.disabled=false;}});})
.catch(function(){s.textContent='…';b.disabled=false;});});})();`;
  return htmlPage({ locale, title: messageFor(`page.${action}.title`, locale), body, script });
}
