import { exampleSubmissions, type SignatureSubmission } from '@plateformcoop/model';

/**
 * The submissions of the core's tests: the model's `exampleSubmissions` (one valid submission
 * per kind, the ones the registry's API description shows), and variants derived from them
 * where a rule needs a case they do not have, or where a test needs what a person really types.
 */
export const { collectivity: commune, platform, organization, individual } = exampleSubmissions;

/** A deep copy to edit in a test. */
export function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A copy of a submission with the field at `where` set to `value`, or removed for `undefined`. */
export function withField(base: object, where: readonly string[], value: unknown) {
  const edited = copy(base) as Record<string, unknown>;
  let node = edited;
  for (const key of where.slice(0, -1)) node = node[key] as Record<string, unknown>;
  if (value === undefined) delete node[where.at(-1)!];
  else node[where.at(-1)!] = value;
  return edited;
}

/** A copy of `submission` whose signatory has `part` (its entity) replaced by `entity`. */
function withEntity(
  submission: SignatureSubmission,
  part: 'collectivity' | 'platform',
  entity: Record<string, unknown>,
): SignatureSubmission {
  const edited = copy(submission) as unknown as { signatory: Record<string, unknown> };
  edited.signatory[part] = entity;
  return edited as unknown as SignatureSubmission;
}

/**
 * An EPCI, identified by its SIREN and without INSEE code: the Métropole Européenne de Lille
 * (SIREN 200 093 201, public in Sirene), signed by the commune's representative.
 */
export const epci = withEntity(commune, 'collectivity', {
  type: 'epci',
  epciType: 'metropole',
  name: 'Métropole Européenne de Lille',
  siren: '200093201',
});

/** The platform, naming the free software it runs on: the optional part of the form. */
export const platformWithSoftware = withEntity(platform, 'platform', {
  ...(platform.signatory as { platform: object }).platform,
  territory: 'Hauts-de-France',
  software: { name: 'Vélo Partage', license: 'AGPL-3.0-or-later' },
});

/** Every valid submission: one per kind, and each case of a kind that the rules tell apart. */
export const validSubmissions = {
  commune,
  epci,
  platform,
  platformWithSoftware,
  organization,
  individual,
} as const;

/** How people type each field: separators in numbers, blanks around words, capitals. */
const AS_TYPED: Readonly<Record<string, (value: string) => string>> = {
  siren: (v) => `${v.slice(0, 3)} ${v.slice(3, 6)}\u00a0${v.slice(6)}`,
  inseeCode: (v) => `${v.slice(0, 2)}\u202f${v.slice(2)}`,
  postalCode: (v) => `${v.slice(0, 2)} ${v.slice(2)}`,
  email: (v) => v.replace(/@(.*)$/, (_, domain: string) => `@${domain.toUpperCase()}`),
  website: (v) => v.replace(/^https:\/\//, ''),
  name: (v) => ` ${v.replace(/ /g, '\u00a0 ')}  `,
  givenName: (v) => `${v}\u200b `,
  familyName: (v) => ` ${v}`,
};

function typedLike(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return AS_TYPED[key]?.(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => typedLike(item));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typedLike(v, k)]));
  }
  return value;
}

/**
 * A valid submission as a person would type it into a form, before normalisation: SIREN,
 * INSEE and postal codes with (no-break) spaces, names with stray blanks and a zero-width
 * space, the e-mail's domain in capitals, a website without its scheme.
 */
export function asTyped<T extends object>(submission: T): T {
  return typedLike(submission) as T;
}
