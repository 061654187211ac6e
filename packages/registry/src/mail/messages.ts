import type { Locale } from '@plateformcoop/model';
import { type MessageCode, type MessageParams, messageFor } from '@plateformcoop/signature';
import { type MailBlock, type MailContent, mailHtml, mailText } from './mail-layout.js';
import type { MailMessage } from './mailer.js';

/**
 * Every mail of the registry, in words from the signature core's catalogue (`mail.*`) and in one
 * layout (`mail-layout.ts`): the campaign's name at the top, a real button for the link the mail
 * is about (written out under it, and on a line of its own in the plain-text part), wording per
 * step and, where a citizen and a body's representative read differently, per kind.
 */

/** What every mail about a signature starts from. */
export interface SignatureMailContext {
  to: string;
  locale: Locale;
  /** The campaign's name, as its pages and widgets say it (« PlateformCoop »). */
  campaign: string;
  /** Who signs: a body's name, or the citizen's. */
  signatory: string;
  /** A citizen writing about themselves, or the representative of a body. */
  reader: 'individual' | 'representative';
  /** The page the person signed from (origin and path), when known: mails lead back to it. */
  signedFrom?: string | undefined;
  /** The campaign's contact address (its definition's `campaign.contact`), under the signature. */
  contact?: string | undefined;
}

/** The words of a code in the mail's language, with the context's own values. */
function wordsOf(c: { locale: Locale; campaign: string }, extra: MessageParams = {}) {
  return (code: MessageCode) => messageFor(code, c.locale, { campaign: c.campaign, ...extra });
}

function compose(
  c: { to: string; locale: Locale; campaign: string; contact?: string | undefined },
  subject: MessageCode,
  preview: MessageCode,
  blocks: MailBlock[],
  params: MessageParams = {},
): MailMessage {
  const w = wordsOf(c, params);
  const content: MailContent = {
    locale: c.locale,
    subject: w(subject),
    campaign: c.campaign,
    preview: w(preview),
    blocks: [{ type: 'paragraph', text: w('mail.greeting') }, ...blocks],
    signature: c.contact
      ? `${w('mail.signature')}\n${messageFor('mail.contact', c.locale, { contact: c.contact })}`
      : w('mail.signature'),
  };
  return {
    to: c.to,
    subject: content.subject,
    text: mailText(content),
    html: mailHtml(content),
    locale: c.locale,
  };
}

function button(
  c: SignatureMailContext | { locale: Locale; campaign: string },
  label: MessageCode,
  href: string,
): MailBlock {
  const w = wordsOf(c);
  return { type: 'button', label: w(label), href, fallback: w('mail.button.fallback') };
}

/** Back to the page the person signed from, when it is known. */
function back(c: SignatureMailContext): MailBlock[] {
  return c.signedFrom ? [button(c, 'mail.back', c.signedFrom)] : [];
}

const forReader = (c: SignatureMailContext, code: string) => `${code}.${c.reader}` as MessageCode;

/** The confirmation mail: its button opens the registry's page, whose own button confirms. */
export function confirmationMail(
  c: SignatureMailContext & { link: string; hours: number; days: number; moderated: boolean },
): MailMessage {
  const params = { signatory: c.signatory, hours: c.hours, days: c.days };
  const w = wordsOf(c, params);
  return compose(
    c,
    'mail.confirm.subject',
    'mail.confirm.preview',
    [
      { type: 'paragraph', text: w(forReader(c, 'mail.confirm.intro')) },
      { type: 'paragraph', text: w('mail.confirm.action') },
      button(c, 'mail.confirm.button', c.link),
      {
        type: 'paragraph',
        text: w(c.moderated ? 'mail.confirm.next.moderated' : 'mail.confirm.next.published'),
      },
      { type: 'note', text: w('mail.confirm.ignore') },
    ],
    params,
  );
}

/** Sent instead of a second confirmation, so the form never tells who already signed. */
export function alreadySignedMail(c: SignatureMailContext): MailMessage {
  const w = wordsOf(c, { signatory: c.signatory });
  return compose(c, 'mail.already_signed.subject', 'mail.already_signed.preview', [
    { type: 'paragraph', text: w(forReader(c, 'mail.already_signed.body')) },
    ...back(c),
    { type: 'note', text: w('mail.already_signed.ignore') },
  ]);
}

/** The published signature's certificate (its page), when there is one to link to. */
function certificate(c: SignatureMailContext, link: string | undefined): MailBlock[] {
  if (!link) return [];
  return [
    { type: 'paragraph', text: wordsOf(c)('mail.certificate.action') },
    button(c, 'mail.certificate.button', link),
  ];
}

/** Once confirmed: published (with its certificate), or waiting for a moderator; and how to withdraw. */
export function confirmedMail(
  c: SignatureMailContext & {
    published: boolean;
    withdrawLink: string;
    /** The certificate's page, once published. */
    certificateLink?: string | undefined;
  },
): MailMessage {
  const w = wordsOf(c);
  return compose(c, 'mail.confirmed.subject', 'mail.confirmed.preview', [
    {
      type: 'paragraph',
      text: w(c.published ? 'mail.confirmed.published' : 'mail.confirmed.moderated'),
    },
    ...(c.published ? certificate(c, c.certificateLink) : []),
    { type: 'paragraph', text: w('mail.withdraw.action') },
    button(c, 'mail.withdraw.button', c.withdrawLink),
  ]);
}

/** Once a moderator published a signature: it is in the list, its certificate; how to withdraw. */
export function publishedMail(
  c: SignatureMailContext & { withdrawLink: string; certificateLink?: string | undefined },
): MailMessage {
  const w = wordsOf(c, { signatory: c.signatory });
  return compose(c, 'mail.published.subject', 'mail.published.preview', [
    { type: 'paragraph', text: w(forReader(c, 'mail.published.body')) },
    ...back(c),
    ...certificate(c, c.certificateLink),
    { type: 'paragraph', text: w('mail.withdraw.action') },
    button(c, 'mail.withdraw.button', c.withdrawLink),
  ]);
}

/** Tells the signer that a moderator did not publish their signature, and why when they said. */
export function rejectionMail(
  c: SignatureMailContext & { reason?: string | undefined },
): MailMessage {
  const w = wordsOf(c, { signatory: c.signatory, reason: c.reason ?? '' });
  return compose(c, 'mail.rejected.subject', 'mail.rejected.preview', [
    { type: 'paragraph', text: w(forReader(c, 'mail.rejected.body')) },
    ...(c.reason ? [{ type: 'paragraph' as const, text: w('mail.rejected.reason') }] : []),
    { type: 'paragraph', text: w('mail.rejected.after') },
    ...back(c),
  ]);
}

/** The acknowledgement of a withdrawal, composed before the signer's details are erased. */
export function withdrawnMail(c: SignatureMailContext): MailMessage {
  const w = wordsOf(c, { signatory: c.signatory });
  return compose(c, 'mail.withdrawn.subject', 'mail.withdrawn.preview', [
    { type: 'paragraph', text: w(forReader(c, 'mail.withdrawn.body')) },
    { type: 'paragraph', text: w('mail.withdrawn.after') },
    ...back(c),
  ]);
}

/**
 * Once a platform's signature is published: the snippets that show its badge, each shown as
 * code to copy. Nothing in a snippet becomes a link: the addresses in them are text.
 */
export function badgeMail(c: {
  to: string;
  locale: Locale;
  campaign: string;
  platform: string;
  snippets: { script: string; mount: string; image: string; shields: string };
}): MailMessage {
  const params = { platform: c.platform };
  const w = wordsOf(c, params);
  const code = (caption: MessageCode, snippet: string): MailBlock => ({
    type: 'code',
    caption: w(caption),
    code: snippet,
  });
  return compose(
    c,
    'mail.badge.subject',
    'mail.badge.preview',
    [
      { type: 'paragraph', text: w('mail.badge.body') },
      code('mail.badge.script', c.snippets.script),
      code('mail.badge.mount', c.snippets.mount),
      code('mail.badge.image', c.snippets.image),
      code('mail.badge.shields', c.snippets.shields),
    ],
    params,
  );
}
