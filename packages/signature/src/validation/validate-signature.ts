import {
  type Locale,
  type Manifesto,
  type SignatoryKind,
  SignatureSubmission,
} from '@plateformcoop/model';
import { normalizeText } from '../normalize/text.js';
import { kind as kindCheck, Problem } from './checks.js';
import { checkCommitments } from './commitments.js';
import { consentsSpec, signatorySpecs } from './form-spec.js';
import { localiseIssues, type RawIssue, type ValidationIssue } from './issue.js';
import { applyCollectivityRules, applyRepresentativeRules } from './signatory-rules.js';
import { own, reportUnknownKeys, walk } from './walk.js';

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

const LOCALES: readonly string[] = ['fr', 'en'];
/** The top-level fields of a submission, as the model's `SignatureSubmission` has them. */
const TOP_LEVEL_FIELDS = SignatureSubmission.shape;
const CONTENT_HASH = /^sha256:[0-9a-f]{64}$/;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= 200 ? normalizeText(value) : undefined;
}

/** The submission's checks, before they are put into words. */
export function collectIssues(
  input: unknown,
  manifesto: Manifesto,
  locale: Locale | undefined,
  rejectUnknown = true,
): { value: Record<string, unknown> | undefined; issues: RawIssue[] } {
  const issues: RawIssue[] = [];
  if (!isPlainObject(input)) {
    issues.push({ path: '', code: 'submission.invalid' });
    return { value: undefined, issues };
  }
  const value: Record<string, unknown> = {};

  // The manifesto: the one being signed, in the version the signer was shown.
  const manifestoId = own(input, 'manifestoId');
  const id =
    manifestoId === undefined || manifestoId === null || manifestoId === ''
      ? manifesto.id
      : stringField(manifestoId);
  if (id !== manifesto.id) issues.push({ path: 'manifestoId', code: 'manifesto.unknown' });
  value.manifestoId = manifesto.id;
  const hash = own(input, 'manifestoHash');
  if (hash === undefined || hash === null || hash === '') {
    value.manifestoHash = manifesto.contentHash;
  } else if (typeof hash !== 'string' || !CONTENT_HASH.test(hash)) {
    issues.push({ path: 'manifestoHash', code: 'field.invalid' });
  } else if (hash !== manifesto.contentHash) {
    issues.push({ path: 'manifestoHash', code: 'manifesto.outdated' });
  } else {
    value.manifestoHash = hash;
  }

  // The language the signer used.
  const submittedLocale = own(input, 'locale');
  if (submittedLocale === undefined || submittedLocale === null || submittedLocale === '') {
    value.locale = locale ?? 'fr';
  } else {
    const normalised = stringField(submittedLocale);
    if (normalised !== undefined && LOCALES.includes(normalised)) value.locale = normalised;
    else issues.push({ path: 'locale', code: 'locale.unsupported' });
  }

  // Who signs.
  const signatory = own(input, 'signatory');
  let kind: SignatoryKind | undefined;
  if (signatory === undefined || signatory === null) {
    issues.push({ path: 'signatory', code: 'field.required' });
  } else if (!isPlainObject(signatory)) {
    issues.push({ path: 'signatory', code: 'field.invalid' });
  } else {
    const checkedKind = kindCheck(own(signatory, 'kind'));
    if (typeof checkedKind !== 'string') {
      issues.push({
        path: 'signatory.kind',
        code: checkedKind instanceof Problem ? checkedKind.code : 'field.required',
      });
    } else {
      kind = checkedKind as SignatoryKind;
      if (!manifesto.acceptedKinds.includes(kind))
        issues.push({ path: 'signatory.kind', code: 'kind.not_accepted' });
      const normalised = walk(signatorySpecs[kind], signatory, 'signatory', issues, {
        rejectUnknown,
        alsoKnown: ['kind'],
      }) as Record<string, unknown>;
      const collectivity = normalised.collectivity as Record<string, unknown> | undefined;
      if (collectivity) applyCollectivityRules(collectivity, 'signatory.collectivity', issues);
      const representative = normalised.representative as Record<string, unknown> | undefined;
      if (representative)
        applyRepresentativeRules(kind, representative, 'signatory.representative', issues);
      value.signatory = { kind, ...normalised };
    }
  }

  // What they commit to, and what they consent to.
  const commitments = checkCommitments(own(input, 'commitments'), manifesto, kind, issues);
  if (commitments) value.commitments = commitments;
  const consentsInput = own(input, 'consents');
  if (consentsInput === undefined || consentsInput === null) {
    issues.push({ path: 'consents.sign', code: 'consent.required' });
  } else {
    const consents = walk(consentsSpec, consentsInput, 'consents', issues, { rejectUnknown }) as
      | Record<string, unknown>
      | undefined;
    // Consent to public display and to being contacted is never presumed.
    if (consents) {
      value.consents = {
        sign: consents.sign,
        publicDisplay: consents.publicDisplay ?? false,
        contact: consents.contact ?? false,
      };
    }
  }
  if (rejectUnknown) reportUnknownKeys(input, TOP_LEVEL_FIELDS, '', issues);
  return { value, issues };
}

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
    // The model's schema has the last word on the shape.
    const parsed = SignatureSubmission.safeParse(value);
    if (parsed.success) return { ok: true, value: parsed.data };
    return {
      ok: false,
      issues: localiseIssues(
        parsed.error.issues.map((issue) => ({
          path: issue.path.join('.'),
          code: 'field.invalid' as const,
        })),
        locale,
      ),
    };
  } catch {
    // Unreachable by design (the property tests look for a way in); the contract is never to throw.
    return {
      ok: false,
      issues: localiseIssues([{ path: '', code: 'submission.invalid' }], locale),
    };
  }
}
