import type { Locale } from '@plateformcoop/model';
import { escapeHtml } from '../../mail/html.js';
import { wordsFor } from '../../words/registry-words.js';
import { htmlPage } from './page.js';

/**
 * The page a mail link opens: it changes nothing by itself (mail scanners follow links); its
 * button posts the token as JSON to the API, and shows the answer.
 */
export function tokenActionPage(action: 'confirm' | 'withdraw', token: string, locale: Locale) {
  const endpoint = action === 'confirm' ? 'v1/confirmations' : 'v1/withdrawals';
  const body = `<p>${escapeHtml(wordsFor(`page.${action}.intro`, locale))}</p>
<button type="button" id="act" data-token="${escapeHtml(token)}">${escapeHtml(wordsFor(`page.${action}.button`, locale))}</button>
<p role="status" id="status" aria-live="polite"></p>
<noscript><p>${escapeHtml(wordsFor('page.noscript', locale))}</p></noscript>`;
  const done = JSON.stringify(wordsFor(`page.${action}.done`, locale));
  const script = `(function(){var b=document.getElementById('act'),s=document.getElementById('status');
b.addEventListener('click',function(){b.disabled=true;s.textContent='…';
fetch(${JSON.stringify(endpoint)},{method:'POST',headers:{'content-type':'application/json','accept-language':${JSON.stringify(locale)}},body:JSON.stringify({token:b.dataset.token})})
.then(function(r){return r.json().then(function(d){if(r.ok){s.textContent=${done};b.hidden=true;}else{s.textContent=(d&&d.error&&d.error.message)||('HTTP '+r.status);b.disabled=false;}});})
.catch(function(){s.textContent='…';b.disabled=false;});});})();`;
  return htmlPage({ locale, title: wordsFor(`page.${action}.title`, locale), body, script });
}
