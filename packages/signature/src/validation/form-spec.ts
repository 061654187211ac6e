import { type SignatoryKind, TEXT_LIMITS } from '@plateformcoop/model';
import type { Check } from './checks.js';
import * as check from './checks.js';

/**
 * The shape of the signature form, field by field: which check normalises and validates each
 * field, and whether it is required. Conditional rules (a commune needs its INSEE code...) are
 * in `signatory-rules.ts`; the model's schema stays the final authority on the shape.
 */
export interface FieldSpec {
  readonly type: 'field';
  readonly required: boolean;
  readonly check: Check;
}
export interface ObjectSpec {
  readonly type: 'object';
  readonly required: boolean;
  readonly fields: Readonly<Record<string, Spec>>;
  /** `fields` as a list, walked in form order without re-enumerating the object each time. */
  readonly entries: readonly (readonly [string, Spec])[];
}
export type Spec = FieldSpec | ObjectSpec;

const required = (c: Check): FieldSpec => ({ type: 'field', required: true, check: c });
const optional = (c: Check): FieldSpec => ({ type: 'field', required: false, check: c });
const object = (fields: Record<string, Spec>, isRequired = true): ObjectSpec => ({
  type: 'object',
  required: isRequired,
  fields,
  entries: Object.entries(fields),
});

export const representativeSpec = object({
  givenName: required(check.text(TEXT_LIMITS.personName)),
  familyName: required(check.text(TEXT_LIMITS.personName)),
  role: required(check.representativeRole),
  function: optional(check.text(TEXT_LIMITS.short)),
  authorised: required(check.mustBeTrue('representative.authorisation_required')),
  email: required(check.email),
  phone: optional(check.phone),
});

export const collectivitySpec = object({
  type: required(check.collectivityType),
  epciType: optional(check.epciType),
  name: required(check.text(TEXT_LIMITS.name)),
  inseeCode: optional(check.inseeCode),
  siren: optional(check.siren),
  departementCode: optional(check.departementCode),
  regionCode: optional(check.regionCode),
  population: optional(check.population),
});

export const platformSpec = object({
  name: required(check.text(TEXT_LIMITS.name)),
  website: required(check.httpsUrl),
  sector: required(check.platformSector),
  legalForm: optional(check.legalForm),
  siren: optional(check.siren),
  territory: optional(check.text(TEXT_LIMITS.short)),
  description: optional(check.text(TEXT_LIMITS.paragraph)),
  software: object(
    {
      name: required(check.text(TEXT_LIMITS.short)),
      license: optional(check.spdxLicense),
      repository: optional(check.httpsUrl),
    },
    false,
  ),
});

export const organizationSpec = object({
  type: required(check.organizationType),
  name: required(check.text(TEXT_LIMITS.name)),
  siren: optional(check.siren),
  website: optional(check.httpsUrl),
});

export const individualSpec = object({
  givenName: required(check.text(TEXT_LIMITS.personName)),
  familyName: required(check.text(TEXT_LIMITS.personName)),
  email: required(check.email),
  postalCode: optional(check.postalCode),
});

/** The `signatory` object for each kind. */
export const signatorySpecs: Readonly<Record<SignatoryKind, ObjectSpec>> = {
  collectivity: object({ collectivity: collectivitySpec, representative: representativeSpec }),
  platform: object({ platform: platformSpec, representative: representativeSpec }),
  organization: object({ organization: organizationSpec, representative: representativeSpec }),
  individual: object({ individual: individualSpec }),
};

export const consentsSpec = object({
  sign: required(check.mustBeTrue('consent.required')),
  publicDisplay: optional(check.boolean),
  contact: optional(check.boolean),
});
