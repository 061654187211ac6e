import { contactEmailOf, entityNameOf, type SignatureSubmission } from '@plateformcoop/model';
import { canonicalEmail } from '@plateformcoop/signature';

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
