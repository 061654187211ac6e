import type { Locale, Manifesto, SignatureSubmission } from '@plateformcoop/model';
import { localiseIssues, type ValidationIssue } from './issue.js';
import { collectIssues } from './submission-rules.js';
import { isPlainObject, own } from './walk.js';

export interface ValidateSignatureOptions {
  /** The manifesto being signed: its accepted kinds and commitments are checked. */
  manifesto: Manifesto;
  /** The language of the messages; the submission's own `locale`, else French, by default. */
  locale?: Locale;
  /**
   * What to do with fields the form does not have: report each as `field.unknown` (the
   * default: a client sending them has a bug worth hearing about, and nothing is dropped
   * silently), or `strip` them from the normalised value.
   */
  unknownFields?: 'reject' | 'strip';
}

export type SignatureValidation =
  | { ok: true; value: SignatureSubmission }
  | { ok: false; issues: ValidationIssue[] };

function localeOf(input: unknown, requested: Locale | undefined): Locale {
  if (requested) return requested;
  const submitted = isPlainObject(input) ? own(input, 'locale') : undefined;
  return submitted === 'en' ? 'en' : 'fr';
}

/**
 * Validates a signature submission as the form or the registry receives it: normalises every
 * field, checks every rule, and returns the normalised submission (typed by the model's
 * `SignatureSubmission`) or every issue found, each with a stable code and a localised message.
 * Never throws, whatever the input.
 */
export function validateSignature(
  input: unknown,
  options: ValidateSignatureOptions,
): SignatureValidation {
  const locale = localeOf(input, options.locale);
  try {
    const { value, issues } = collectIssues(
      input,
      options.manifesto,
      options.locale,
      options.unknownFields !== 'strip',
    );
    if (issues.length > 0 || value === undefined)
      return { ok: false, issues: localiseIssues(issues, locale) };
    // Every field was checked and normalised by the rules above, so the value has the model's
    // shape; the property tests prove it against the model's `SignatureSubmission` schema, and
    // leaving that schema out here keeps zod out of the form's browser bundle.
    return { ok: true, value: value as SignatureSubmission };
  } catch {
    // Unreachable by design (the property tests look for a way in); the contract is never to throw.
    return {
      ok: false,
      issues: localiseIssues([{ path: '', code: 'submission.invalid' }], locale),
    };
  }
}
