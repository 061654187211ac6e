import { type Manifesto, plateformcoop2023 } from '@plateformcoop/model';
import { describe, expect, it } from 'vitest';
import { siretProblem } from '../identifiers/siret.js';
import { IDENTIFIER_CODES, VALIDATION_CODES } from '../messages/message-code.js';
import {
  asTyped,
  commune,
  copy,
  epci,
  individual,
  platform,
  validSubmissions,
  withField,
} from '../test-support/examples.js';
import { validateSignature } from './validate-signature.js';

const manifesto = plateformcoop2023;

/**
 * Every code the core gave in this file's assertions, for the last test: each code of the
 * validation and identifier areas of the catalogue must be given by one of them.
 */
const given = new Set<string>();

/** The issues of a submission, as `path code` lines. */
function issuesOf(input: unknown, options: { manifesto?: Manifesto } = {}): string[] {
  const result = validateSignature(input, { manifesto: options.manifesto ?? manifesto });
  if (result.ok) return [];
  for (const issue of result.issues) given.add(issue.code);
  return result.issues.map((issue) => `${issue.path} ${issue.code}`);
}

const siren = ['signatory', 'collectivity', 'siren'];
const insee = ['signatory', 'collectivity', 'inseeCode'];

describe('validateSignature: valid submissions', () => {
  it.each(Object.entries(validSubmissions))('accepts %s', (_, submission) => {
    expect(issuesOf(submission)).toEqual([]);
  });

  it('returns the normalised submission, the same from what a person types', () => {
    for (const [name, submission] of Object.entries(validSubmissions)) {
      const typed = asTyped(submission);
      expect(typed, name).not.toEqual(submission);
      expect(validateSignature(typed, { manifesto }), name).toEqual(
        validateSignature(submission, { manifesto }),
      );
    }
    const typed = withField(
      asTyped(commune),
      ['signatory', 'collectivity', 'departementCode'],
      undefined,
    );
    const result = validateSignature(typed, { manifesto });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.signatory).toMatchObject({
      kind: 'collectivity',
      collectivity: {
        name: 'Lille',
        siren: '215903501',
        inseeCode: '59350',
        departementCode: '59', // from the INSEE code
      },
      representative: { givenName: 'Camille', email: 'camille.exemple@example.org' },
    });
    expect(result.value.manifestoHash).toBe(manifesto.contentHash);
  });

  it('fills what a form may leave out: the manifesto, the locale, and the optional consents as no', () => {
    const minimal = copy(individual) as Record<string, unknown>;
    delete minimal.manifestoId;
    delete minimal.locale;
    delete minimal.commitments;
    minimal.consents = { sign: true };
    const result = validateSignature(minimal, { manifesto, locale: 'en' });
    expect(result.ok && result.value).toMatchObject({
      manifestoId: 'plateformcoop-2023',
      locale: 'en',
      commitments: [],
      consents: { sign: true, publicDisplay: false, contact: false },
    });
  });

  it('drops duplicate commitments', () => {
    const twice = {
      ...individual,
      commitments: ['utiliser-et-promouvoir', 'utiliser-et-promouvoir'],
    };
    const result = validateSignature(twice, { manifesto });
    expect(result.ok && result.value.commitments).toEqual(['utiliser-et-promouvoir']);
  });

  it('reports fields the form does not have, at any level, or strips them on request', () => {
    const extra = copy(individual) as Record<string, unknown> & {
      signatory: Record<string, unknown> & { individual: Record<string, unknown> };
      consents: Record<string, unknown>;
    };
    extra.isAdmin = true;
    extra.signatory.representative = { givenName: 'X' };
    extra.signatory.individual.shoeSize = 42;
    extra.consents.newsletter = true;
    expect(issuesOf(extra)).toEqual([
      'signatory.individual.shoeSize field.unknown',
      'signatory.representative field.unknown',
      'consents.newsletter field.unknown',
      'isAdmin field.unknown',
    ]);
    const stripped = validateSignature(extra, { manifesto, unknownFields: 'strip' });
    expect(stripped).toEqual(validateSignature(individual, { manifesto }));
  });
});

describe('validateSignature: communes of Corsica and overseas', () => {
  const communeOf = (name: string, inseeCode: string, siren: string) =>
    withField(commune, ['signatory', 'collectivity'], {
      type: 'commune',
      name,
      inseeCode,
      siren,
    });
  const collectivityOf = (input: unknown) => {
    const result = validateSignature(input, { manifesto });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return result.value.signatory.kind === 'collectivity'
      ? result.value.signatory.collectivity
      : undefined;
  };

  it('reads Ajaccio (2A004) and Bastia (2B033), typed in lower case', () => {
    expect(collectivityOf(communeOf('Ajaccio', '2a004', '212 000 046'))).toMatchObject({
      inseeCode: '2A004',
      siren: '212000046',
      departementCode: '2A',
    });
    expect(collectivityOf(communeOf('Bastia', '2b 033', '212000335'))).toMatchObject({
      inseeCode: '2B033',
      departementCode: '2B',
    });
  });

  it('reads Saint-Denis de La Réunion (97411) in département 974', () => {
    expect(collectivityOf(communeOf('Saint-Denis', '97411', '219740115'))).toMatchObject({
      departementCode: '974',
    });
  });

  it('reads Nouméa (98818), in a collectivité d’outre-mer that is no département', () => {
    const noumea = withField(commune, ['signatory', 'collectivity'], {
      type: 'commune',
      name: 'Nouméa',
      inseeCode: '98818',
    });
    expect(collectivityOf(noumea)).not.toHaveProperty('departementCode');
  });

  it('refuses a Corsican code with the old 20 prefix, and a département that is not the code’s', () => {
    expect(issuesOf(communeOf('Ajaccio', '20004', '212000046'))).toEqual([
      'signatory.collectivity.inseeCode insee.invalid',
    ]);
    const wrong = withField(
      communeOf('Ajaccio', '2A004', '212000046'),
      ['signatory', 'collectivity', 'departementCode'],
      '2B',
    );
    expect(issuesOf(wrong)).toEqual([
      'signatory.collectivity.departementCode collectivity.departement_mismatch',
    ]);
  });
});

describe('validateSignature: every rule, with its code', () => {
  const cases: [string, object, string[]][] = [
    ['not an object', [] as unknown as object, [' submission.invalid']],
    [
      'another manifesto',
      { ...commune, manifestoId: 'autre-manifeste' },
      ['manifestoId manifesto.unknown'],
    ],
    [
      'another version of the text',
      { ...commune, manifestoHash: `sha256:${'a'.repeat(64)}` },
      ['manifestoHash manifesto.outdated'],
    ],
    ['a malformed hash', { ...commune, manifestoHash: 'md5:x' }, ['manifestoHash field.invalid']],
    ['an unsupported language', { ...commune, locale: 'de' }, ['locale locale.unsupported']],
    ['no signatory', { ...commune, signatory: undefined }, ['signatory field.required']],
    [
      'an unknown kind',
      withField(commune, ['signatory', 'kind'], 'company'),
      ['signatory.kind kind.invalid'],
    ],
    [
      'a SIREN of 8 digits',
      withField(commune, siren, '21590350'),
      ['signatory.collectivity.siren siren.format'],
    ],
    [
      'a SIREN with a typo',
      withField(commune, siren, '215903510'),
      ['signatory.collectivity.siren siren.checksum'],
    ],
    [
      'an INSEE code of 4 digits',
      withField(commune, insee, '5935'),
      ['signatory.collectivity.inseeCode insee.format'],
    ],
    [
      'an INSEE code in no département',
      withField(commune, insee, '96350'),
      ['signatory.collectivity.inseeCode insee.invalid'],
    ],
    [
      'a commune without INSEE code',
      withField(commune, insee, undefined),
      ['signatory.collectivity.inseeCode collectivity.insee_required'],
    ],
    [
      'an EPCI without SIREN',
      withField(epci, ['signatory', 'collectivity', 'siren'], undefined),
      ['signatory.collectivity.siren collectivity.siren_required'],
    ],
    [
      'a commune associée with a SIREN',
      withField(commune, ['signatory', 'collectivity', 'type'], 'commune-associee'),
      ['signatory.collectivity.siren collectivity.siren_forbidden'],
    ],
    [
      'an EPCI category for a commune',
      withField(commune, ['signatory', 'collectivity', 'epciType'], 'ca'),
      ['signatory.collectivity.epciType collectivity.epci_type_mismatch'],
    ],
    [
      'a département other than the INSEE code’s',
      withField(commune, ['signatory', 'collectivity', 'departementCode'], '62'),
      ['signatory.collectivity.departementCode collectivity.departement_mismatch'],
    ],
    [
      'a département that does not exist',
      withField(commune, ['signatory', 'collectivity', 'departementCode'], '20'),
      ['signatory.collectivity.departementCode departement.invalid'],
    ],
    [
      'a region that does not exist',
      withField(commune, ['signatory', 'collectivity', 'regionCode'], '31'),
      ['signatory.collectivity.regionCode region.invalid'],
    ],
    [
      'an unknown collectivity type',
      withField(commune, ['signatory', 'collectivity', 'type'], 'ville'),
      ['signatory.collectivity.type choice.invalid'],
    ],
    [
      'a blank name',
      withField(commune, ['signatory', 'collectivity', 'name'], ' \u200b '),
      ['signatory.collectivity.name field.required'],
    ],
    [
      'a name that is a spreadsheet formula',
      withField(commune, ['signatory', 'collectivity', 'name'], '=HYPERLINK("http://x")'),
      ['signatory.collectivity.name text.formula'],
    ],
    [
      'a name too long',
      withField(commune, ['signatory', 'collectivity', 'name'], 'L'.repeat(201)),
      ['signatory.collectivity.name text.too_long'],
    ],
    [
      'a negative population',
      withField(commune, ['signatory', 'collectivity', 'population'], -1),
      ['signatory.collectivity.population field.invalid'],
    ],
    [
      'a representative who is not authorised',
      withField(commune, ['signatory', 'representative', 'authorised'], false),
      ['signatory.representative.authorised representative.authorisation_required'],
    ],
    [
      'a representative without role',
      withField(commune, ['signatory', 'representative', 'role'], undefined),
      ['signatory.representative.role field.required'],
    ],
    [
      'a collectivity signed by a platform member',
      withField(commune, ['signatory', 'representative', 'role'], 'gerant'),
      ['signatory.representative.role role.not_for_kind'],
    ],
    [
      'a platform signed by a mayor',
      withField(platform, ['signatory', 'representative', 'role'], 'maire'),
      ['signatory.representative.role role.not_for_kind'],
    ],
    [
      'a bad e-mail',
      withField(commune, ['signatory', 'representative', 'email'], 'camille.martin@'),
      ['signatory.representative.email email.invalid'],
    ],
    [
      'a bad phone',
      withField(commune, ['signatory', 'representative', 'phone'], 'call me'),
      ['signatory.representative.phone phone.invalid'],
    ],
    [
      'a website in javascript:',
      withField(platform, ['signatory', 'platform', 'website'], 'javascript:alert(1)'),
      ['signatory.platform.website url.scheme'],
    ],
    [
      'a website in data:',
      withField(platform, ['signatory', 'platform', 'website'], 'data:text/html,<b>x</b>'),
      ['signatory.platform.website url.scheme'],
    ],
    [
      'a website in plain http',
      withField(platform, ['signatory', 'platform', 'website'], 'http://mobicoop.fr'),
      ['signatory.platform.website website.https'],
    ],
    [
      'a website that is no URL',
      withField(platform, ['signatory', 'platform', 'website'], 'https://'),
      ['signatory.platform.website url.invalid'],
    ],
    [
      'a platform without website or sector',
      withField(
        withField(platform, ['signatory', 'platform', 'website'], undefined),
        ['signatory', 'platform', 'sector'],
        undefined,
      ),
      ['signatory.platform.website field.required', 'signatory.platform.sector field.required'],
    ],
    [
      'a platform with a wrong SIREN',
      withField(platform, ['signatory', 'platform', 'siren'], '123456789'),
      ['signatory.platform.siren siren.checksum'],
    ],
    [
      'a platform without its representative',
      withField(platform, ['signatory', 'representative'], undefined),
      ['signatory.representative field.required'],
    ],
    [
      'software without a name',
      withField(platform, ['signatory', 'platform', 'software'], {
        license: 'MIT',
      }),
      ['signatory.platform.software.name field.required'],
    ],
    [
      'a postal code of 4 digits',
      withField(individual, ['signatory', 'individual', 'postalCode'], '5900'),
      ['signatory.individual.postalCode postal_code.format'],
    ],
    [
      'a postal code in no département',
      withField(individual, ['signatory', 'individual', 'postalCode'], '96000'),
      ['signatory.individual.postalCode postal_code.invalid'],
    ],
    [
      'no consent to sign',
      { ...commune, consents: { sign: false, publicDisplay: true, contact: false } },
      ['consents.sign consent.required'],
    ],
    ['no consents at all', { ...commune, consents: undefined }, ['consents.sign consent.required']],
    [
      'a consent that is not yes or no',
      { ...commune, consents: { sign: true, publicDisplay: 'yes' } },
      ['consents.publicDisplay field.invalid'],
    ],
    [
      'an unknown commitment',
      { ...commune, commitments: ['sauver-le-monde'] },
      ['commitments.0 commitment.unknown'],
    ],
    [
      'a commitment meant for collectivities, chosen by a citizen',
      {
        ...individual,
        commitments: ['utiliser-et-promouvoir', 'sensibiliser-elus-et-agents'],
      },
      ['commitments.1 commitment.not_for_kind'],
    ],
    [
      'too many commitments',
      { ...commune, commitments: Array(51).fill('sensibiliser-elus-et-agents') },
      ['commitments commitment.too_many'],
    ],
    [
      'commitments that are no list',
      { ...commune, commitments: 'tout' },
      ['commitments field.invalid'],
    ],
  ];

  it.each(cases)('refuses %s', (_, input, expected) => {
    expect(issuesOf(input)).toEqual(expected);
  });

  it('refuses a kind the manifesto does not accept', () => {
    const onlyCollectivities = { ...manifesto, acceptedKinds: ['collectivity' as const] };
    expect(issuesOf(individual, { manifesto: onlyCollectivities })).toEqual([
      'signatory.kind kind.not_accepted',
    ]);
  });

  it('reports every issue at once, in form order', () => {
    const broken = withField(
      withField(commune, siren, '1'),
      ['signatory', 'representative', 'email'],
      'x',
    );
    expect(issuesOf({ ...broken, consents: { sign: false } })).toEqual([
      'signatory.collectivity.siren siren.format',
      'signatory.representative.email email.invalid',
      'consents.sign consent.required',
    ]);
  });
});

describe('validateSignature: messages', () => {
  it('speaks the requested language, else the submission’s, else French', () => {
    const bad = withField(commune, siren, '1');
    const messageIn = (input: unknown, locale?: 'fr' | 'en') => {
      const result = validateSignature(input, { manifesto, ...(locale ? { locale } : {}) });
      return result.ok ? '' : result.issues[0]!.message;
    };
    expect(messageIn(bad)).toMatch(/^Le numéro SIREN comporte 9 chiffres/);
    expect(messageIn({ ...bad, locale: 'en' })).toMatch(/^A SIREN number has 9 digits/);
    expect(messageIn(bad, 'en')).toMatch(/^A SIREN number has 9 digits/);
  });

  it('gives the parameters of a message', () => {
    const long = withField(commune, ['signatory', 'collectivity', 'name'], 'x'.repeat(300));
    const result = validateSignature(long, { manifesto });
    expect(!result.ok && result.issues[0]).toEqual({
      path: 'signatory.collectivity.name',
      code: 'text.too_long',
      message: 'Ce texte est trop long\u00a0: 200 caractères au plus.',
      params: { max: 200 },
    });
  });
});

describe('the SIRET, which no field of the form has: the codes of its check', () => {
  it.each([
    ['13 digits', '7328293200007', 'siret.format'],
    ['letters', '7328293200007A', 'siret.format'],
    ['a digit mistyped', '73282932000075', 'siret.checksum'],
    [
      'a La Poste number whose digits do not add up to a multiple of 5',
      '35600000000030',
      'siret.checksum',
    ],
  ])('refuses %s', (_, value, code) => {
    const problem = siretProblem(value);
    if (problem) given.add(problem);
    expect(problem).toBe(code);
  });
});

/**
 * Codes of the validation area that the registry gives, not the core: the core cannot know
 * them, and the registry's own tests give them through HTTP.
 */
const GIVEN_BY_THE_REGISTRY: Readonly<Record<string, string>> = {
  'collectivity.not_found':
    'the official list of collectivities (COG) is the registry’s: packages/registry/src/http/bad-input.test.ts',
};

// Last in the file: it reads what the tests above saw (run the file whole, not one test alone).
describe('the tests of this file', () => {
  it('see the core give every code of the validation and identifier areas of the catalogue', () => {
    const catalogue = [...VALIDATION_CODES, ...IDENTIFIER_CODES];
    const untested = catalogue.filter((code) => !given.has(code) && !GIVEN_BY_THE_REGISTRY[code]);
    expect(untested).toEqual([]);
    // The exceptions stay exceptions: a code the core gives after all leaves the list.
    expect(Object.keys(GIVEN_BY_THE_REGISTRY).filter((code) => given.has(code))).toEqual([]);
    expect(
      Object.keys(GIVEN_BY_THE_REGISTRY).filter((code) => !catalogue.includes(code as never)),
    ).toEqual([]);
  });
});
