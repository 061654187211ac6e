import {
  apiPath,
  CONFIRMATIONS_PATH,
  type Locale,
  RESENDS_PATH,
  WITHDRAWALS_PATH,
} from '@plateformcoop/model';
import { type MessageCode, messageFor } from '@plateformcoop/signature';
import { escapeHtml } from '../../mail/html.js';
import type { LinkAction, LinkStanding } from '../../signatures/token-actions.js';
import { htmlPage } from './page.js';

/** What the page of a mail link is made of. */
export interface TokenActionPageInput {
  action: LinkAction;
  /** The link's token, posted by the button when the link applies. */
  token: string;
  standing: LinkStanding;
  locale: Locale;
  campaign: string;
}

/** The words a page's script shows once the registry answered, by what it answered. */
function outcomeWords(
  action: LinkAction,
  locale: Locale,
  campaign: string,
): Record<string, string> {
  const w = (code: MessageCode) => messageFor(code, locale, { campaign });
  return action === 'confirm'
    ? {
        published: w('page.confirm.done.published'),
        confirmed: w('page.confirm.done.moderated'),
        mailed: w('page.confirm.mailed'),
        sending: w('page.sending'),
        failed: w('page.failed'),
      }
    : {
        withdrawn: w('page.withdraw.done'),
        mailed: w('page.withdraw.mailed'),
        sending: w('page.sending'),
        failed: w('page.failed'),
      };
}

/**
 * The button's script: posts the token as JSON, then states the outcome and takes the button
 * away (and the words that asked to press it). An answer of the registry that is an error is
 * shown in its words (a 409 says where the signature stands), the button gone too unless trying
 * again can help (the registry did not answer, or asked to wait).
 */
function buttonScript(endpoint: string, locale: Locale, words: Record<string, string>): string {
  return `(function(){var b=document.getElementById('act'),s=document.getElementById('status'),a=document.getElementById('ask'),W=${JSON.stringify(words)};
function end(text,kind){s.textContent=text;s.className='outcome '+kind;b.remove();if(a)a.remove();}
b.addEventListener('click',function(){b.disabled=true;s.className='outcome';s.textContent=W.sending;
fetch(${JSON.stringify(endpoint)},{method:'POST',headers:{'content-type':'application/json','accept':'application/json','accept-language':${JSON.stringify(locale)}},body:JSON.stringify({token:b.dataset.token})})
.then(function(r){return r.json().then(function(d){
if(r.ok){end([W[d.status]||W.sending,d.mailed?W.mailed:''].join(' ').trim(),'done');return;}
var m=(d&&d.error&&d.error.message)||W.failed;if(r.status===429||r.status>=500){s.textContent=m;s.className='outcome failed';b.disabled=false;}else end(m,'failed');});})
.catch(function(){s.textContent=W.failed;s.className='outcome failed';b.disabled=false;});});})();`;
}

/** A paragraph, escaped. */
const p = (text: string, attributes = '') => `<p${attributes}>${escapeHtml(text)}</p>`;

/**
 * The page a mail link opens. It changes nothing by itself (mail scanners follow links): when
 * the link applies, its button posts the token and the page then states the outcome, the button
 * gone. When it does not, the page says why and what to do: where the signature stands (a link
 * used already, a signature withdrawn or rejected), or, for an expired link, a button that sends
 * the mail again. Every state leads back to the page the person signed from, when it is known.
 */
export function tokenActionPage(input: TokenActionPageInput): {
  html: string;
  csp: string;
  status: 200 | 400 | 409 | 410;
} {
  const { action, standing, locale, campaign } = input;
  const w = (code: MessageCode) => messageFor(code, locale, { campaign });
  const back =
    standing.kind !== 'invalid' && standing.signedFrom
      ? `<p class="back"><a href="${escapeHtml(standing.signedFrom)}">${escapeHtml(w('page.back'))}</a></p>`
      : '';
  const status = '<p role="status" id="status" class="outcome" aria-live="polite"></p>';
  const noscript = `<noscript>${p(w('page.noscript'))}</noscript>`;
  const page = (title: MessageCode, body: string, script?: string) =>
    htmlPage({ locale, campaign, title: w(title), body, ...(script ? { script } : {}) });

  switch (standing.kind) {
    case 'ready': {
      const endpoint = apiPath(action === 'confirm' ? CONFIRMATIONS_PATH : WITHDRAWALS_PATH).slice(
        1,
      );
      const body = `${p(w(`page.${action}.intro`), ' id="ask"')}
<button type="button" id="act" data-token="${escapeHtml(input.token)}">${escapeHtml(w(`page.${action}.button`))}</button>
${status}
${noscript}
${back}`;
      const script = buttonScript(endpoint, locale, outcomeWords(action, locale, campaign));
      return { ...page(`page.${action}.title`, body, script), status: 200 };
    }
    case 'settled':
      return {
        ...page(
          `page.${action}.title`,
          `${p(messageFor(standing.code, locale), ' class="outcome" role="status"')}\n${back}`,
        ),
        status: 409,
      };
    case 'expired': {
      if (!standing.resendToken)
        return {
          ...page(
            'page.link.title',
            `${p(w('page.link.expired'))}\n${p(w('page.link.sign-again'))}\n${back}`,
          ),
          status: 410,
        };
      const body = `${p(w('page.link.expired'), ' id="ask"')}
<button type="button" id="act" data-token="${escapeHtml(standing.resendToken)}">${escapeHtml(w('page.resend.button'))}</button>
${status}
${noscript}
${p(w('page.link.sign-again'))}
${back}`;
      const script = buttonScript(apiPath(RESENDS_PATH).slice(1), locale, {
        accepted: w('page.resend.done'),
        sending: w('page.sending'),
        failed: w('page.failed'),
        mailed: '',
      });
      return { ...page('page.link.title', body, script), status: 410 };
    }
    case 'invalid':
      return {
        ...page('page.link.title', `${p(w('page.link.invalid'))}\n${p(w('page.link.sign-again'))}`),
        status: 400,
      };
  }
}
