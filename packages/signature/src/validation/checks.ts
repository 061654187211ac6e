import {
  COLLECTIVITY_TYPES,
  EPCI_TYPES,
  LEGAL_FORMS,
  ORGANIZATION_TYPES,
  PLATFORM_SECTORS,
  REPRESENTATIVE_ROLE_IDS,
  SIGNATORY_KINDS,
  TEXT_LIMITS,
} from '@plateformcoop/model';
import {
  isValidDepartementCode,
  normalizeDepartementCode,
} from '../identifiers/departement-code.js';
import { inseeCodeProblem, normalizeInseeCode } from '../identifiers/insee-code.js';
import { normalizePostalCode, postalCodeProblem } from '../identifiers/postal-code.js';
import { isValidRegionCode, normalizeRegionCode } from '../identifiers/region-code.js';
import { normalizeSiren, sirenProblem } from '../identifiers/siren.js';
import { normalizeSiret, siretProblem } from '../identifiers/siret.js';
import type { MessageParams } from '../messages/fill-placeholders.js';
import type { ValidationMessageCode } from '../messages/message-code.js';
import { normalizeEmail } from '../normalize/email.js';
import { normalizeText, startsLikeFormula } from '../normalize/text.js';
import { normalizeUrl } from '../normalize/url.js';
import { isEmail, isHttpsUrl, isPhone, isSpdxLicense } from './web-formats.js';

/** Why a value was refused. */
export class Problem {
  constructor(
    readonly code: ValidationMessageCode,
    readonly params?: MessageParams,
  ) {}
}

/** The value is not there (undefined, null, or blank once normalised). */
export const ABSENT: unique symbol = Symbol('absent');

/** A field check: the normalised value, `ABSENT`, or a `Problem`. */
export type Check = (value: unknown) => unknown;

const INVALID = new Problem('field.invalid');
const problems = new Map<ValidationMessageCode, Problem>();
/** Shared instances for parameterless problems: checks run often and allocate little. */
function problem(code: ValidationMessageCode): Problem {
  let p = problems.get(code);
  if (!p) {
    p = new Problem(code);
    problems.set(code, p);
  }
  return p;
}

/** Longest raw input worth normalising for a limit: anything longer is refused at once. */
function rawCap(limit: number): number {
  return limit * 4 + 64;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** Free text of at most `limit` characters that cannot pass for a spreadsheet formula. */
export function text(limit: number): Check {
  const tooLong = new Problem('text.too_long', { max: limit });
  return (value) => {
    if (isBlank(value)) return ABSENT;
    if (typeof value !== 'string') return INVALID;
    if (value.length > rawCap(limit)) return tooLong;
    const normalised = normalizeText(value);
    if (normalised === '') return ABSENT;
    if (normalised.length > limit) return tooLong;
    if (startsLikeFormula(normalised)) return problem('text.formula');
    return normalised;
  };
}

/** One of a closed list of values (the model's). */
export function oneOf(values: readonly string[]): Check {
  const allowed: ReadonlySet<string> = new Set(values);
  return (value) => {
    if (isBlank(value)) return ABSENT;
    if (typeof value !== 'string' || value.length > 200) return problem('choice.invalid');
    const normalised = normalizeText(value);
    if (normalised === '') return ABSENT;
    return allowed.has(normalised) ? normalised : problem('choice.invalid');
  };
}

/** An identifier: normalised by `normalize`, refused with the code `problemOf` gives. */
function identifier(
  normalize: (value: string) => string,
  problemOf: (normalised: string) => ValidationMessageCode | undefined,
  formatCode: ValidationMessageCode,
): Check {
  return (value) => {
    if (isBlank(value)) return ABSENT;
    if (typeof value !== 'string') return INVALID;
    if (value.length > 64) return problem(formatCode);
    const normalised = normalize(value);
    if (normalised === '') return ABSENT;
    const code = problemOf(normalised);
    return code ? problem(code) : normalised;
  };
}

export const siren = identifier(normalizeSiren, sirenProblem, 'siren.format');
export const siret = identifier(normalizeSiret, siretProblem, 'siret.format');
export const inseeCode = identifier(normalizeInseeCode, inseeCodeProblem, 'insee.format');
export const departementCode = identifier(
  normalizeDepartementCode,
  (code) => (isValidDepartementCode(code) ? undefined : 'departement.invalid'),
  'departement.invalid',
);
export const regionCode = identifier(
  normalizeRegionCode,
  (code) => (isValidRegionCode(code) ? undefined : 'region.invalid'),
  'region.invalid',
);
export const postalCode = identifier(normalizePostalCode, postalCodeProblem, 'postal_code.format');

/** An e-mail address, as the model's `Email` accepts it, domain lowercased. */
export const email: Check = (value) => {
  if (isBlank(value)) return ABSENT;
  if (typeof value !== 'string') return INVALID;
  if (value.length > rawCap(TEXT_LIMITS.email)) return problem('email.invalid');
  const normalised = normalizeEmail(value);
  if (normalised === '') return ABSENT;
  return isEmail(normalised) ? normalised : problem('email.invalid');
};

/** A public website: http(s) only, and https, as the model's `HttpsUrl` requires. */
export const httpsUrl: Check = (value) => {
  if (isBlank(value)) return ABSENT;
  if (typeof value !== 'string') return INVALID;
  if (value.length > rawCap(TEXT_LIMITS.url))
    return new Problem('text.too_long', { max: TEXT_LIMITS.url });
  const normalised = normalizeUrl(value);
  if (normalised === '') return ABSENT;
  if (/^http:/i.test(normalised)) return problem('website.https');
  if (/^[a-z][a-z0-9+.-]*:/i.test(normalised) && !/^https:/i.test(normalised))
    return problem('url.scheme');
  if (normalised.length > TEXT_LIMITS.url)
    return new Problem('text.too_long', { max: TEXT_LIMITS.url });
  return isHttpsUrl(normalised) ? normalised : problem('url.invalid');
};

/** A phone number as the model's `Phone` accepts it. */
export const phone: Check = (value) => {
  if (isBlank(value)) return ABSENT;
  if (typeof value !== 'string') return INVALID;
  if (value.length > rawCap(TEXT_LIMITS.phone)) return problem('phone.invalid');
  const normalised = normalizeText(value);
  if (normalised === '') return ABSENT;
  return isPhone(normalised) ? normalised : problem('phone.invalid');
};

/** An SPDX licence expression, as the model's `PlatformSoftware.license` accepts it. */
export const spdxLicense: Check = (value) => {
  if (isBlank(value)) return ABSENT;
  if (typeof value !== 'string' || value.length > 200) return INVALID;
  const normalised = normalizeText(value);
  if (normalised === '') return ABSENT;
  return isSpdxLicense(normalised) ? normalised : INVALID;
};

/** A yes or no; absent means no. */
export const boolean: Check = (value) => {
  if (value === undefined || value === null) return ABSENT;
  return typeof value === 'boolean' ? value : INVALID;
};

/** A box that must be ticked, refused with `code` otherwise. */
export function mustBeTrue(code: ValidationMessageCode): Check {
  const refused = problem(code);
  return (value) => (value === true ? true : value === false || isBlank(value) ? refused : INVALID);
}

/** A whole number of inhabitants (digits typed with separators are read too). */
export const population: Check = (value) => {
  if (isBlank(value)) return ABSENT;
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : INVALID;
  if (typeof value !== 'string' || value.length > 32) return INVALID;
  const digits = value.replace(/[\s.,'’_]/g, '');
  return /^\d{1,15}$/.test(digits) ? Number(digits) : INVALID;
};

/** The signatory's kind, refused with its own message. */
const anyKind = oneOf(SIGNATORY_KINDS);
export const kind: Check = (value) => {
  const result = anyKind(value);
  return result instanceof Problem ? problem('kind.invalid') : result;
};
export const collectivityType = oneOf(COLLECTIVITY_TYPES);
export const epciType = oneOf(EPCI_TYPES);
export const organizationType = oneOf(ORGANIZATION_TYPES);
export const platformSector = oneOf(PLATFORM_SECTORS);
export const legalForm = oneOf(LEGAL_FORMS);
export const representativeRole = oneOf(REPRESENTATIVE_ROLE_IDS);
