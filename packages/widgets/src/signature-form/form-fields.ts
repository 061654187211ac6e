import {
  LEGAL_FORMS,
  ORGANIZATION_TYPES,
  PLATFORM_SECTORS,
  REPRESENTATIVE_ROLES,
  type SignatoryKind,
  type Vocabulary,
} from '@plateformcoop/model';
import { type SignatureFormField, signatureFormFields } from '@plateformcoop/signature';

/**
 * How the form shows a field. The fields themselves (their paths, order and whether each is
 * required) are the signature core's (`signatureFormFields`): this is the widget's part.
 */
export interface FieldPresentation {
  type: 'text' | 'email' | 'url' | 'tel' | 'select' | 'checkbox';
  /** Browser autofill token. */
  autocomplete?: string;
  /** For a select: the values, and the model's vocabulary list that names them. */
  options?: readonly string[];
  vocabulary?: keyof Vocabulary;
}

/** One input of the form: a field of the core's, as the form shows it. */
export type FormField = SignatureFormField & FieldPresentation;

const text = (autocomplete?: string): FieldPresentation =>
  autocomplete ? { type: 'text', autocomplete } : { type: 'text' };
const select = (vocabulary: keyof Vocabulary, options: readonly string[]): FieldPresentation => ({
  type: 'select',
  vocabulary,
  options,
});
const checkbox: FieldPresentation = { type: 'checkbox' };

/** The roles the form offers to the representative of each kind (the model's groups). */
const ROLES: Readonly<Record<SignatoryKind, readonly string[]>> = {
  collectivity: [...REPRESENTATIVE_ROLES.elected, ...REPRESENTATIVE_ROLES.staff],
  platform: REPRESENTATIVE_ROLES.project,
  organization: [...new Set([...REPRESENTATIVE_ROLES.project, ...REPRESENTATIVE_ROLES.staff])],
  individual: [],
};

/**
 * How each field of the core's is shown, by its name: a name means the same wherever it
 * stands (a representative's `email` and an individual's). Any other field is a text input.
 */
export const PRESENTATION: Readonly<Record<string, FieldPresentation>> = {
  givenName: text('given-name'),
  familyName: text('family-name'),
  // Its options depend on the kind: see ROLES.
  role: select('representativeRole', []),
  function: text('organization-title'),
  authorised: checkbox,
  email: { type: 'email', autocomplete: 'email' },
  phone: { type: 'tel', autocomplete: 'tel' },
  name: text('organization'),
  website: { type: 'url', autocomplete: 'url' },
  sector: select('platformSector', PLATFORM_SECTORS),
  legalForm: select('legalForm', LEGAL_FORMS),
  type: select('organizationType', ORGANIZATION_TYPES),
  siren: text(),
  territory: text(),
  postalCode: text('postal-code'),
  sign: checkbox,
  publicDisplay: checkbox,
  contact: checkbox,
};

/** The path of the collectivity chosen from the official list. */
export const COLLECTIVITY_PATH = 'signatory.collectivity';

/** Fields of the core's that the form shows no input for, by path or by the part they are in. */
export const NOT_TYPED: readonly string[] = [
  // The radio buttons of the kinds, above the fields.
  'signatory.kind',
  // The collectivity chooser: picked from the official list, never typed.
  COLLECTIVITY_PATH,
  // Optional: the form asks only what signing needs.
  'signatory.platform.description',
  'signatory.platform.software',
];

function notTyped(path: string): boolean {
  return NOT_TYPED.some((part) => path === part || path.startsWith(`${part}.`));
}

function formFields(kind: SignatoryKind): FormField[] {
  return signatureFormFields(kind)
    .filter((field) => !notTyped(field.path))
    .map((field) => {
      const name = field.path.slice(field.path.lastIndexOf('.') + 1);
      const shown = PRESENTATION[name] ?? text();
      return name === 'role'
        ? { ...field, ...shown, options: ROLES[kind] }
        : { ...field, ...shown };
    });
}

const isConsent = (field: FormField) => field.path.startsWith('consents.');

/**
 * The inputs of each kind of signatory, in the core's order, consents apart. A collectivity's
 * identity comes from the registry's official list (the chooser), so it has no inputs here.
 */
export const FIELDS_BY_KIND: Readonly<Record<SignatoryKind, readonly FormField[]>> = {
  collectivity: formFields('collectivity').filter((field) => !isConsent(field)),
  platform: formFields('platform').filter((field) => !isConsent(field)),
  organization: formFields('organization').filter((field) => !isConsent(field)),
  individual: formFields('individual').filter((field) => !isConsent(field)),
};

/** The consents, the same for every kind. */
export const CONSENT_FIELDS: readonly FormField[] = formFields('individual').filter(isConsent);

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
