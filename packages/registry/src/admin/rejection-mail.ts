import { messageFor } from '@plateformcoop/signature';
import { escapeHtml, paragraphsToHtml } from '../mail/html.js';
import type { MailMessage } from '../mail/mailer.js';
import type { RegistryContext } from '../registry-context.js';
import { canonicalContact, contactOf, describeSignatory } from '../signatures/contact.js';
import { submissionOf } from '../signatures/signature-row.js';
import type { SignatureRow } from '../store/signature-store.js';

/**
 * Tells the signer their signature was not published, and the moderator's reason. Sent from the
 * row as it was before rejection, since rejection erases the address.
 */
export async function sendRejectionMail(
  ctx: RegistryContext,
  before: SignatureRow,
  reason: string | undefined,
): Promise<void> {
  const submission = submissionOf(before);
  if (!submission) return;
  const locale = submission.locale;
  const manifesto = ctx.manifestos.get(before.manifesto_id);
  const params = {
    manifesto: manifesto?.texts[locale]?.title ?? manifesto?.texts.fr.title ?? before.manifesto_id,
    signatory: describeSignatory(submission),
    reason: reason ?? '',
  };
  const paragraphs = [
    messageFor('mail.rejected.body', locale, params),
    ...(reason ? [messageFor('mail.rejected.reason', locale, params)] : []),
    messageFor('mail.rejected.after', locale, params),
    messageFor('mail.signature', locale),
  ];
  const subject = messageFor('mail.rejected.subject', locale, params);
  const text = `${paragraphs.join('\n\n')}\n`;
  const message: MailMessage = {
    to: contactOf(submission),
    subject,
    text,
    html: `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>\n${paragraphsToHtml(text)}\n</body></html>`,
    locale,
  };
  await ctx.mail.send(message, canonicalContact(submission), ctx.now());
}
