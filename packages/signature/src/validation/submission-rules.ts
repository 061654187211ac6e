import type { Locale, Manifesto, SignatoryKind } from '@plateformcoop/model';
import { normalizeText } from '../normalize/text.js';
import { kind as kindCheck, Problem } from './checks.js';
import { checkCommitments } from './commitments.js';
import { consentsSpec, signatorySpecs } from './form-spec.js';
import type { RawIssue } from './issue.js';
import { applyCollectivityRules, applyRepresentativeRules } from './signatory-rules.js';
import { SUBMISSION_FIELDS } from './submission-fields.js';
import { isPlainObject, own, reportUnknownKeys, walk } from './walk.js';

type Fields = Record<string, unknown>;

const LOCALES: readonly string[] = ['fr', 'en'];
const CONTENT_HASH = /^sha256:[0-9a-f]{64}$/;

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function shortText(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= 200 ? normalizeText(value) : undefined;
}

/** The manifesto being signed, in the version of the text the signer was shown. */
function checkManifesto(
  input: Fields,
  manifesto: Manifesto,
  value: Fields,
  issues: RawIssue[],
): void {
  const id = own(input, 'manifestoId');
  if (!isBlank(id) && shortText(id) !== manifesto.id) {
    issues.push({ path: 'manifestoId', code: 'manifesto.unknown' });
  }
  value.manifestoId = manifesto.id;
  const hash = own(input, 'manifestoHash');
  if (isBlank(hash) || hash === manifesto.contentHash) value.manifestoHash = manifesto.contentHash;
  else if (typeof hash !== 'string' || !CONTENT_HASH.test(hash))
    issues.push({ path: 'manifestoHash', code: 'field.invalid' });
  else issues.push({ path: 'manifestoHash', code: 'manifesto.outdated' });
}

/** The language the signer used; the caller's, else French, when the form does not say. */
function checkLocale(
  input: Fields,
  fallback: Locale | undefined,
  value: Fields,
  issues: RawIssue[],
): void {
  const locale = own(input, 'locale');
  if (isBlank(locale)) {
    value.locale = fallback !== undefined && LOCALES.includes(fallback) ? fallback : 'fr';
    return;
  }
  const normalised = shortText(locale);
  if (normalised !== undefined && LOCALES.includes(normalised)) value.locale = normalised;
  else issues.push({ path: 'locale', code: 'locale.unsupported' });
}

/** Who signs: the kind, then the fields of that kind and the rules across them. */
function checkSignatory(
  input: Fields,
  manifesto: Manifesto,
  rejectUnknown: boolean,
  value: Fields,
  issues: RawIssue[],
): SignatoryKind | undefined {
  const signatory = own(input, 'signatory');
  if (signatory === undefined || signatory === null) {
    issues.push({ path: 'signatory', code: 'field.required' });
    return undefined;
  }
  if (!isPlainObject(signatory)) {
    issues.push({ path: 'signatory', code: 'field.invalid' });
    return undefined;
  }
  const checked = kindCheck(own(signatory, 'kind'));
  if (typeof checked !== 'string') {
    issues.push({
      path: 'signatory.kind',
      code: checked instanceof Problem ? checked.code : 'field.required',
    });
    return undefined;
  }
  const kind = checked as SignatoryKind;
  if (!manifesto.acceptedKinds.includes(kind))
    issues.push({ path: 'signatory.kind', code: 'kind.not_accepted' });
  const fields = walk(signatorySpecs[kind], signatory, 'signatory', issues, {
    rejectUnknown,
    alsoKnown: ['kind'],
  }) as Fields;
  if (isPlainObject(fields.collectivity))
    applyCollectivityRules(fields.collectivity, 'signatory.collectivity', issues);
  if (isPlainObject(fields.representative)) {
    applyRepresentativeRules(kind, fields.representative, 'signatory.representative', issues);
  }
  value.signatory = { kind, ...fields };
  return kind;
}

/** Consent to sign is required; consent to public display and to contact is never presumed. */
function checkConsents(
  input: Fields,
  rejectUnknown: boolean,
  value: Fields,
  issues: RawIssue[],
): void {
  const given = own(input, 'consents');
  if (given === undefined || given === null) {
    issues.push({ path: 'consents.sign', code: 'consent.required' });
    return;
  }
  const consents = walk(consentsSpec, given, 'consents', issues, { rejectUnknown }) as
    | Fields
    | undefined;
  if (consents) {
    value.consents = {
      sign: consents.sign,
      publicDisplay: consents.publicDisplay ?? false,
      contact: consents.contact ?? false,
    };
  }
}

/**
 * Every rule of a submission, before issues are put into words: returns the normalised value
 * (complete only when there is no issue) and the issues, in the order of the form.
 */
export function collectIssues(
  input: unknown,
  manifesto: Manifesto,
  locale: Locale | undefined,
  rejectUnknown = true,
): { value: Fields | undefined; issues: RawIssue[] } {
  const issues: RawIssue[] = [];
  if (!isPlainObject(input)) {
    issues.push({ path: '', code: 'submission.invalid' });
    return { value: undefined, issues };
  }
  const value: Fields = {};
  checkManifesto(input, manifesto, value, issues);
  checkLocale(input, locale, value, issues);
  const kind = checkSignatory(input, manifesto, rejectUnknown, value, issues);
  const commitments = checkCommitments(own(input, 'commitments'), manifesto, kind, issues);
  if (commitments) value.commitments = commitments;
  checkConsents(input, rejectUnknown, value, issues);
  if (rejectUnknown) reportUnknownKeys(input, SUBMISSION_FIELDS, '', issues);
  return { value, issues };
}
