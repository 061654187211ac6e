import {
  LEGAL_FORMS,
  ORGANIZATION_TYPES,
  PLATFORM_SECTORS,
  REPRESENTATIVE_ROLES,
  type SignatoryKind,
  type Vocabulary,
} from '@plateformcoop/model';

/** One input of the form, by the dotted path the signature core validates. */
export interface FormField {
  path: string;
  type: 'text' | 'email' | 'url' | 'tel' | 'select' | 'checkbox';
  required: boolean;
  /** Browser autofill token. */
  autocomplete?: string;
  /** For a select: the values, and the model's vocabulary list that names them. */
  options?: readonly string[];
  vocabulary?: keyof Vocabulary;
}

const text = (path: string, required: boolean, autocomplete?: string): FormField => ({
  path,
  type: 'text',
  required,
  ...(autocomplete ? { autocomplete } : {}),
});

function representative(roles: readonly string[]): FormField[] {
  const p = 'signatory.representative';
  return [
    text(`${p}.givenName`, true, 'given-name'),
    text(`${p}.familyName`, true, 'family-name'),
    {
      path: `${p}.role`,
      type: 'select',
      required: true,
      options: roles,
      vocabulary: 'representativeRole',
    },
    text(`${p}.function`, false, 'organization-title'),
    { path: `${p}.email`, type: 'email', required: true, autocomplete: 'email' },
    { path: `${p}.phone`, type: 'tel', required: false, autocomplete: 'tel' },
    { path: `${p}.authorised`, type: 'checkbox', required: true },
  ];
}

/**
 * The fields of each kind of signatory, in the order they are shown. A collectivity's identity
 * comes from the registry's official list (autocomplete), so it has no typed fields here.
 */
export const FIELDS_BY_KIND: Record<SignatoryKind, FormField[]> = {
  collectivity: representative([...REPRESENTATIVE_ROLES.elected, ...REPRESENTATIVE_ROLES.staff]),
  platform: [
    text('signatory.platform.name', true, 'organization'),
    { path: 'signatory.platform.website', type: 'url', required: true, autocomplete: 'url' },
    {
      path: 'signatory.platform.sector',
      type: 'select',
      required: true,
      options: PLATFORM_SECTORS,
      vocabulary: 'platformSector',
    },
    {
      path: 'signatory.platform.legalForm',
      type: 'select',
      required: false,
      options: LEGAL_FORMS,
      vocabulary: 'legalForm',
    },
    text('signatory.platform.siren', false),
    text('signatory.platform.territory', false),
    ...representative(REPRESENTATIVE_ROLES.project),
  ],
  organization: [
    {
      path: 'signatory.organization.type',
      type: 'select',
      required: true,
      options: ORGANIZATION_TYPES,
      vocabulary: 'organizationType',
    },
    text('signatory.organization.name', true, 'organization'),
    text('signatory.organization.siren', false),
    { path: 'signatory.organization.website', type: 'url', required: false, autocomplete: 'url' },
    ...representative([
      ...new Set([...REPRESENTATIVE_ROLES.project, ...REPRESENTATIVE_ROLES.staff]),
    ]),
  ],
  individual: [
    text('signatory.individual.givenName', true, 'given-name'),
    text('signatory.individual.familyName', true, 'family-name'),
    { path: 'signatory.individual.email', type: 'email', required: true, autocomplete: 'email' },
    text('signatory.individual.postalCode', false, 'postal-code'),
  ],
};

export const CONSENT_FIELDS: FormField[] = [
  { path: 'consents.sign', type: 'checkbox', required: true },
  { path: 'consents.publicDisplay', type: 'checkbox', required: false },
  { path: 'consents.contact', type: 'checkbox', required: false },
];

/** The path of the collectivity chosen from the official list. */
export const COLLECTIVITY_PATH = 'signatory.collectivity';

/** A DOM id for a field path, stable and valid. */
export function fieldId(path: string): string {
  return `f-${path.replace(/\./g, '-')}`;
}

/**
 * Sets a value at a dotted path in a plain object, creating the objects along the way; with
 * `undefined`, only the objects are created.
 */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  let node = target;
  for (const key of keys) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  if (value !== undefined) node[last] = value;
}
