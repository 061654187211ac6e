import type { Locale } from '@plateformcoop/model';
import { type MessageCode, messageFor } from '@plateformcoop/signature';
import { escapeHtml, paragraphsToHtml } from './html.js';
import type { MailMessage } from './mailer.js';

function compose(to: string, locale: Locale, subject: string, paragraphs: string[]): MailMessage {
  const text = `${[...paragraphs, messageFor('mail.signature', locale)].join('\n\n')}\n`;
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>\n${paragraphsToHtml(text)}\n</body></html>`;
  return { to, subject, text, html, locale };
}

export interface SignatureMailContext {
  to: string;
  locale: Locale;
  manifesto: string;
  signatory: string;
}

/** The confirmation mail: the link opens the registry's page, whose button confirms. */
export function confirmationMail(
  c: SignatureMailContext & { link: string; hours: number; days: number },
): MailMessage {
  const p = {
    manifesto: c.manifesto,
    signatory: c.signatory,
    link: c.link,
    hours: c.hours,
    days: c.days,
  };
  return compose(c.to, c.locale, messageFor('mail.confirm.subject', c.locale, p), [
    messageFor('mail.confirm.body', c.locale, p),
  ]);
}

/** Tells the signer that a moderator did not publish their signature, and why when they said. */
export function rejectionMail(
  c: SignatureMailContext & { reason?: string | undefined },
): MailMessage {
  const p = { manifesto: c.manifesto, signatory: c.signatory, reason: c.reason ?? '' };
  return compose(c.to, c.locale, messageFor('mail.rejected.subject', c.locale, p), [
    messageFor('mail.rejected.body', c.locale, p),
    ...(c.reason ? [messageFor('mail.rejected.reason', c.locale, p)] : []),
    messageFor('mail.rejected.after', c.locale, p),
  ]);
}

/** Sent instead of a second confirmation, so the form never tells who already signed. */
export function alreadySignedMail(c: SignatureMailContext): MailMessage {
  const p = { manifesto: c.manifesto, signatory: c.signatory };
  return compose(c.to, c.locale, messageFor('mail.already_signed.subject', c.locale, p), [
    messageFor('mail.already_signed.body', c.locale, p),
  ]);
}

/** Once confirmed: whether it is published, and the withdrawal link. */
export function confirmedMail(
  c: SignatureMailContext & { published: boolean; withdrawLink: string },
): MailMessage {
  const state: MessageCode = c.published ? 'mail.confirmed.published' : 'mail.confirmed.moderated';
  return compose(
    c.to,
    c.locale,
    messageFor('mail.confirmed.subject', c.locale, { manifesto: c.manifesto }),
    [
      messageFor(state, c.locale),
      messageFor('mail.confirmed.withdraw', c.locale, { link: c.withdrawLink }),
    ],
  );
}

/** Once a platform's signature is published: the snippets that show its badge. */
export function badgeMail(c: {
  to: string;
  locale: Locale;
  platform: string;
  snippets: { script: string; mount: string; image: string; shields: string };
}): MailMessage {
  const w = (code: MessageCode) => messageFor(code, c.locale, { platform: c.platform });
  return compose(c.to, c.locale, w('mail.badge.subject'), [
    w('mail.badge.body'),
    `${w('mail.badge.script')}\n${c.snippets.script}`,
    `${w('mail.badge.mount')}\n${c.snippets.mount}`,
    `${w('mail.badge.image')}\n${c.snippets.image}`,
    `${w('mail.badge.shields')}\n${c.snippets.shields}`,
  ]);
}
