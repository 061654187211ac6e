import {
  contactEmailOf,
  entityNameOf,
  type Manifesto,
  type SignatureSubmission,
} from '@plateformcoop/model';
import { canonicalEmail } from '@plateformcoop/signature';
import type { SignatureMailContext } from '../mail/messages.js';

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
 * manifesto's title in that language (French when it has none; its id once it is no longer
 * served), and who signs.
 */
export function signatureMailContext(
  manifestos: ReadonlyMap<string, Manifesto>,
  manifestoId: string,
  submission: SignatureSubmission,
): SignatureMailContext {
  const texts = manifestos.get(manifestoId)?.texts;
  return {
    to: contactOf(submission),
    locale: submission.locale,
    manifesto: texts?.[submission.locale]?.title ?? texts?.fr.title ?? manifestoId,
    signatory: describeSignatory(submission),
  };
}
