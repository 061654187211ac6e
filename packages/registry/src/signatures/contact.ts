import { contactEmailOf, entityNameOf, type SignatureSubmission } from '@plateformcoop/model';
import { canonicalEmail } from '@plateformcoop/signature';
import type { SignatureMailContext } from '../mail/messages.js';

/**
 * Whether the registry may write to the signer: a signature recorded from a deliberation may
 * have been entered without an address.
 */
export function hasContact(submission: SignatureSubmission): boolean {
  return Boolean(contactEmailOf(submission.signatory));
}

/** The address the registry writes to for a submission (private). */
export function contactOf(submission: SignatureSubmission): string {
  return contactEmailOf(submission.signatory);
}

/** The same address in canonical form, under which the daily mail cap counts. */
export function canonicalContact(submission: SignatureSubmission): string {
  return canonicalEmail(contactEmailOf(submission.signatory));
}

/** Who signs, in the words of a mail to the signer. */
export function describeSignatory(submission: SignatureSubmission): string {
  return entityNameOf(submission.signatory);
}

/**
 * What every mail about a signature starts from: the signer's address and language, the
 * campaign's name, who signs (a citizen writing about themselves, or a body's representative),
 * and the page they signed from.
 */
export function signatureMailContext(
  campaign: string,
  submission: SignatureSubmission,
  contact?: string,
): SignatureMailContext {
  return {
    ...(contact ? { contact } : {}),
    to: contactOf(submission),
    locale: submission.locale,
    campaign,
    signatory: describeSignatory(submission),
    reader: submission.signatory.kind === 'individual' ? 'individual' : 'representative',
    signedFrom: submission.signedFrom,
  };
}
