import type { Locale } from '@plateformcoop/model';
import { escapeHtml } from './html.js';
import { LOOK } from './look.js';

/**
 * One block of a mail's content. A link is always data (a `button`'s `href`), never found by
 * scanning text: text and code are escaped and nothing in them becomes a link.
 */
export type MailBlock =
  /** A paragraph; its line breaks are kept. */
  | { type: 'paragraph'; text: string }
  /** A secondary remark, smaller and muted. */
  | { type: 'note'; text: string }
  /**
   * A real button, and under it the address written out (it wraps on a phone), for a mail
   * client that shows no button or a person who prefers to copy it.
   */
  | { type: 'button'; label: string; href: string; fallback: string }
  /** Code to copy, under its caption: shown as it is, wrapped, never linked. */
  | { type: 'code'; caption: string; code: string };

/** A whole mail: its envelope's words and its blocks, in one language. */
export interface MailContent {
  locale: Locale;
  subject: string;
  /** The campaign's name, at the top of every mail. */
  campaign: string;
  /** The line a mail client shows after the subject in the inbox. */
  preview: string;
  blocks: readonly MailBlock[];
  /** The closing line (« — Le registre du manifeste PlateformCoop »). */
  signature: string;
}

const FONT = `font-family:${LOOK.font}`;

function lines(text: string): string {
  return escapeHtml(text).replace(/\n/g, '<br>\n');
}

function blockHtml(block: MailBlock): string {
  switch (block.type) {
    case 'paragraph':
      return `<p style="margin:0 0 16px;">${lines(block.text)}</p>`;
    case 'note':
      return `<p style="margin:0 0 16px;font-size:14px;color:${LOOK.muted};">${lines(block.text)}</p>`;
    case 'button': {
      const href = escapeHtml(block.href);
      // A table cell with a background: the button Outlook shows too. The link itself is padded,
      // so that all of the button's surface is the link.
      return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 16px;border-collapse:separate;">
<tr><td bgcolor="${LOOK.primary}" style="border-radius:6px;background:${LOOK.primary};">
<a href="${href}" style="display:inline-block;padding:12px 24px;background:${LOOK.primary};${FONT};font-size:16px;font-weight:700;line-height:1.25;color:${LOOK.onPrimary};text-decoration:none;border-radius:6px;">${escapeHtml(block.label)}</a>
</td></tr>
</table>
<p style="margin:0 0 16px;font-size:14px;color:${LOOK.muted};">${lines(block.fallback)}<br>
<a href="${href}" style="color:${LOOK.primary};word-break:break-all;overflow-wrap:anywhere;">${href}</a></p>`;
    }
    case 'code':
      return `<p style="margin:0 0 4px;">${lines(block.caption)}</p>
<pre style="margin:0 0 16px;padding:12px;background:${LOOK.background};border:1px solid ${LOOK.border};border-radius:4px;font-family:${LOOK.monospace};font-size:13px;line-height:1.45;white-space:pre-wrap;word-break:break-all;overflow-wrap:anywhere;">${escapeHtml(block.code)}</pre>`;
  }
}

/**
 * The HTML part: one column at most 600 px wide that narrows with the screen, built of
 * presentation tables with inline styles (what Gmail, Outlook and Apple Mail all render; a
 * `<style>` element is dropped by some), the campaign's name at the top, the blocks in a white
 * box, the closing line under it. The preview line is hidden in the body, as clients expect; the
 * mail is an article named by its subject, which screen readers in webmail announce.
 */
export function mailHtml(mail: MailContent): string {
  const body = mail.blocks.map(blockHtml).join('\n');
  return `<!doctype html>
<html lang="${mail.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="color-scheme" content="light">
<meta name="supported-color-schemes" content="light">
<title>${escapeHtml(mail.subject)}</title>
</head>
<body style="margin:0;padding:0;background:${LOOK.background};word-spacing:normal;">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">${escapeHtml(mail.preview)}</div>
<div role="article" aria-roledescription="email" aria-label="${escapeHtml(mail.subject)}" lang="${mail.locale}">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:${LOOK.background};">
<tr><td align="center" style="padding:24px 12px;">
<!--[if mso]><table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;border-collapse:collapse;">
<tr><td style="padding:0 0 12px;${FONT};font-size:20px;font-weight:700;line-height:1.3;color:${LOOK.primary};">${escapeHtml(mail.campaign)}</td></tr>
<tr><td style="padding:24px;background:${LOOK.surface};border:1px solid ${LOOK.border};border-radius:6px;${FONT};font-size:16px;line-height:1.5;color:${LOOK.text};text-align:left;">
${body}
</td></tr>
<tr><td style="padding:12px 0 0;${FONT};font-size:14px;line-height:1.5;color:${LOOK.muted};">${lines(mail.signature)}</td></tr>
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td></tr>
</table>
</div>
</body>
</html>
`;
}

function blockText(block: MailBlock): string {
  switch (block.type) {
    case 'paragraph':
    case 'note':
      return block.text;
    case 'button':
      return `${block.label}\n${block.href}`;
    case 'code':
      return `${block.caption}\n${block.code}`;
  }
}

/** The plain-text part, from the same blocks: every link written out on a line of its own. */
export function mailText(mail: MailContent): string {
  return `${[...mail.blocks.map(blockText), mail.signature].join('\n\n')}\n`;
}
