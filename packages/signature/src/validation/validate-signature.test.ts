import { type Manifesto, plateformcoop2023 } from '@plateformcoop/model';
import { describe, expect, it } from 'vitest';
import type { MessageCode } from '../messages/message-code.js';
import { copy, lilleCommune, validSubmissions } from '../test-support/examples.js';
import { validateSignature } from './validate-signature.js';

const manifesto = plateformcoop2023;

/** The issues of a submission, as `path code` lines. */
function issuesOf(input: unknown, options: { manifesto?: Manifesto } = {}): string[] {
  const result = validateSignature(input, { manifesto: options.manifesto ?? manifesto });
  return result.ok ? [] : result.issues.map((issue) => `${issue.path} ${issue.code}`);
}

/** A valid submission with one field of the signatory's entity set. */
function withField(base: object, where: string[], value: unknown) {
  const edited = copy(base) as Record<string, unknown>;
  let node = edited;
  for (const key of where.slice(0, -1)) node = node[key] as Record<string, unknown>;
  if (value === undefined) delete node[where.at(-1)!];
  else node[where.at(-1)!] = value;
  return edited;
}

const siren = ['signatory', 'collectivity', 'siren'];
const insee = ['signatory', 'collectivity', 'inseeCode'];

describe('validateSignature: valid submissions', () => {
  it.each(Object.entries(validSubmissions))('accepts %s', (_, submission) => {
    expect(issuesOf(submission)).toEqual([]);
  });

  it('returns the normalised submission', () => {
    const typed = withField(
      lilleCommune,
      ['signatory', 'collectivity', 'name'],
      '  Ville\u00a0de  Lille ',
    );
    const edited = withField(withField(typed, siren, '215 903 501'), insee, '59\u202f350');
    const result = validateSignature(edited, { manifesto });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.signatory).toMatchObject({
      kind: 'collectivity',
      collectivity: {
        name: 'Ville de Lille',
        siren: '215903501',
        inseeCode: '59350',
        departementCode: '59',
      },
    });
    expect(result.value.manifestoHash).toBe(manifesto.contentHash);
  });

  it('fills what a form may leave out: the manifesto, the locale, and the optional consents as no', () => {
    const minimal = copy(validSubmissions.citizen) as Record<string, unknown>;
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
      ...validSubmissions.citizen,
      commitments: ['utiliser-et-promouvoir', 'utiliser-et-promouvoir'],
    };
    const result = validateSignature(twice, { manifesto });
    expect(result.ok && result.value.commitments).toEqual(['utiliser-et-promouvoir']);
  });

  it('reports fields the form does not have, at any level, or strips them on request', () => {
    const extra = copy(validSubmissions.citizen) as Record<string, unknown> & {
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
    expect(stripped).toEqual(validateSignature(validSubmissions.citizen, { manifesto }));
  });
});

describe('validateSignature: communes of Corsica and overseas', () => {
  const commune = (name: string, inseeCode: string, siren: string) =>
    withField(lilleCommune, ['signatory', 'collectivity'], {
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
    expect(collectivityOf(commune('Ajaccio', '2a004', '212 000 046'))).toMatchObject({
      inseeCode: '2A004',
      siren: '212000046',
      departementCode: '2A',
    });
    expect(collectivityOf(commune('Bastia', '2b 033', '212000335'))).toMatchObject({
      inseeCode: '2B033',
      departementCode: '2B',
    });
  });

  it('reads Saint-Denis de La Réunion (97411) in département 974', () => {
    expect(collectivityOf(commune('Saint-Denis', '97411', '219740115'))).toMatchObject({
      departementCode: '974',
    });
  });

  it('reads Nouméa (98818), in a collectivité d’outre-mer that is no département', () => {
    const noumea = withField(lilleCommune, ['signatory', 'collectivity'], {
      type: 'commune',
      name: 'Nouméa',
      inseeCode: '98818',
    });
    expect(collectivityOf(noumea)).not.toHaveProperty('departementCode');
  });

  it('refuses a Corsican code with the old 20 prefix, and a département that is not the code’s', () => {
    expect(issuesOf(commune('Ajaccio', '20004', '212000046'))).toEqual([
      'signatory.collectivity.inseeCode insee.invalid',
    ]);
    const wrong = withField(
      commune('Ajaccio', '2A004', '212000046'),
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
      { ...lilleCommune, manifestoId: 'autre-manifeste' },
      ['manifestoId manifesto.unknown'],
    ],
    [
      'another version of the text',
      { ...lilleCommune, manifestoHash: `sha256:${'a'.repeat(64)}` },
      ['manifestoHash manifesto.outdated'],
    ],
    [
      'a malformed hash',
      { ...lilleCommune, manifestoHash: 'md5:x' },
      ['manifestoHash field.invalid'],
    ],
    ['an unsupported language', { ...lilleCommune, locale: 'de' }, ['locale locale.unsupported']],
    ['no signatory', { ...lilleCommune, signatory: undefined }, ['signatory field.required']],
    [
      'an unknown kind',
      withField(lilleCommune, ['signatory', 'kind'], 'company'),
      ['signatory.kind kind.invalid'],
    ],
    [
      'a SIREN of 8 digits',
      withField(lilleCommune, siren, '21590350'),
      ['signatory.collectivity.siren siren.format'],
    ],
    [
      'a SIREN with a typo',
      withField(lilleCommune, siren, '215903510'),
      ['signatory.collectivity.siren siren.checksum'],
    ],
    [
      'an INSEE code of 4 digits',
      withField(lilleCommune, insee, '5935'),
      ['signatory.collectivity.inseeCode insee.format'],
    ],
    [
      'an INSEE code in no département',
      withField(lilleCommune, insee, '96350'),
      ['signatory.collectivity.inseeCode insee.invalid'],
    ],
    [
      'a commune without INSEE code',
      withField(lilleCommune, insee, undefined),
      ['signatory.collectivity.inseeCode collectivity.insee_required'],
    ],
    [
      'an EPCI without SIREN',
      withField(validSubmissions.melEpci, ['signatory', 'collectivity', 'siren'], undefined),
      ['signatory.collectivity.siren collectivity.siren_required'],
    ],
    [
      'a commune associée with a SIREN',
      withField(lilleCommune, ['signatory', 'collectivity', 'type'], 'commune-associee'),
      ['signatory.collectivity.siren collectivity.siren_forbidden'],
    ],
    [
      'an EPCI category for a commune',
      withField(lilleCommune, ['signatory', 'collectivity', 'epciType'], 'ca'),
      ['signatory.collectivity.epciType collectivity.epci_type_mismatch'],
    ],
    [
      'a département other than the INSEE code’s',
      withField(lilleCommune, ['signatory', 'collectivity', 'departementCode'], '62'),
      ['signatory.collectivity.departementCode collectivity.departement_mismatch'],
    ],
    [
      'a département that does not exist',
      withField(lilleCommune, ['signatory', 'collectivity', 'departementCode'], '20'),
      ['signatory.collectivity.departementCode departement.invalid'],
    ],
    [
      'a region that does not exist',
      withField(lilleCommune, ['signatory', 'collectivity', 'regionCode'], '31'),
      ['signatory.collectivity.regionCode region.invalid'],
    ],
    [
      'an unknown collectivity type',
      withField(lilleCommune, ['signatory', 'collectivity', 'type'], 'ville'),
      ['signatory.collectivity.type choice.invalid'],
    ],
    [
      'a blank name',
      withField(lilleCommune, ['signatory', 'collectivity', 'name'], ' \u200b '),
      ['signatory.collectivity.name field.required'],
    ],
    [
      'a name that is a spreadsheet formula',
      withField(lilleCommune, ['signatory', 'collectivity', 'name'], '=HYPERLINK("http://x")'),
      ['signatory.collectivity.name text.formula'],
    ],
    [
      'a name too long',
      withField(lilleCommune, ['signatory', 'collectivity', 'name'], 'L'.repeat(201)),
      ['signatory.collectivity.name text.too_long'],
    ],
    [
      'a negative population',
      withField(lilleCommune, ['signatory', 'collectivity', 'population'], -1),
      ['signatory.collectivity.population field.invalid'],
    ],
    [
      'a representative who is not authorised',
      withField(lilleCommune, ['signatory', 'representative', 'authorised'], false),
      ['signatory.representative.authorised representative.authorisation_required'],
    ],
    [
      'a representative without role',
      withField(lilleCommune, ['signatory', 'representative', 'role'], undefined),
      ['signatory.representative.role field.required'],
    ],
    [
      'a collectivity signed by a platform member',
      withField(lilleCommune, ['signatory', 'representative', 'role'], 'gerant'),
      ['signatory.representative.role role.not_for_kind'],
    ],
    [
      'a platform signed by a mayor',
      withField(
        validSubmissions.mobicoopPlatform,
        ['signatory', 'representative', 'role'],
        'maire',
      ),
      ['signatory.representative.role role.not_for_kind'],
    ],
    [
      'a bad e-mail',
      withField(lilleCommune, ['signatory', 'representative', 'email'], 'camille.martin@'),
      ['signatory.representative.email email.invalid'],
    ],
    [
      'a bad phone',
      withField(lilleCommune, ['signatory', 'representative', 'phone'], 'call me'),
      ['signatory.representative.phone phone.invalid'],
    ],
    [
      'a website in javascript:',
      withField(
        validSubmissions.mobicoopPlatform,
        ['signatory', 'platform', 'website'],
        'javascript:alert(1)',
      ),
      ['signatory.platform.website url.scheme'],
    ],
    [
      'a website in data:',
      withField(
        validSubmissions.mobicoopPlatform,
        ['signatory', 'platform', 'website'],
        'data:text/html,<b>x</b>',
      ),
      ['signatory.platform.website url.scheme'],
    ],
    [
      'a website in plain http',
      withField(
        validSubmissions.mobicoopPlatform,
        ['signatory', 'platform', 'website'],
        'http://mobicoop.fr',
      ),
      ['signatory.platform.website website.https'],
    ],
    [
      'a website that is no URL',
      withField(
        validSubmissions.mobicoopPlatform,
        ['signatory', 'platform', 'website'],
        'https://',
      ),
      ['signatory.platform.website url.invalid'],
    ],
    [
      'a platform without website or sector',
      withField(
        withField(
          validSubmissions.mobicoopPlatform,
          ['signatory', 'platform', 'website'],
          undefined,
        ),
        ['signatory', 'platform', 'sector'],
        undefined,
      ),
      ['signatory.platform.website field.required', 'signatory.platform.sector field.required'],
    ],
    [
      'a platform with a wrong SIREN',
      withField(validSubmissions.mobicoopPlatform, ['signatory', 'platform', 'siren'], '123456789'),
      ['signatory.platform.siren siren.checksum'],
    ],
    [
      'a platform without its representative',
      withField(validSubmissions.mobicoopPlatform, ['signatory', 'representative'], undefined),
      ['signatory.representative field.required'],
    ],
    [
      'software without a name',
      withField(validSubmissions.mobicoopPlatform, ['signatory', 'platform', 'software'], {
        license: 'MIT',
      }),
      ['signatory.platform.software.name field.required'],
    ],
    [
      'a postal code of 4 digits',
      withField(validSubmissions.citizen, ['signatory', 'individual', 'postalCode'], '5900'),
      ['signatory.individual.postalCode postal_code.format'],
    ],
    [
      'no consent to sign',
      { ...lilleCommune, consents: { sign: false, publicDisplay: true, contact: false } },
      ['consents.sign consent.required'],
    ],
    [
      'no consents at all',
      { ...lilleCommune, consents: undefined },
      ['consents.sign consent.required'],
    ],
    [
      'a consent that is not yes or no',
      { ...lilleCommune, consents: { sign: true, publicDisplay: 'yes' } },
      ['consents.publicDisplay field.invalid'],
    ],
    [
      'an unknown commitment',
      { ...lilleCommune, commitments: ['sauver-le-monde'] },
      ['commitments.0 commitment.unknown'],
    ],
    [
      'a commitment meant for collectivities, chosen by a citizen',
      {
        ...validSubmissions.citizen,
        commitments: ['utiliser-et-promouvoir', 'sensibiliser-elus-et-agents'],
      },
      ['commitments.1 commitment.not_for_kind'],
    ],
    [
      'too many commitments',
      { ...lilleCommune, commitments: Array(51).fill('sensibiliser-elus-et-agents') },
      ['commitments commitment.too_many'],
    ],
    [
      'commitments that are no list',
      { ...lilleCommune, commitments: 'tout' },
      ['commitments field.invalid'],
    ],
  ];

  it.each(cases)('refuses %s', (_, input, expected) => {
    expect(issuesOf(input)).toEqual(expected);
  });

  it('refuses a kind the manifesto does not accept', () => {
    const onlyCollectivities = { ...manifesto, acceptedKinds: ['collectivity' as const] };
    expect(issuesOf(validSubmissions.citizen, { manifesto: onlyCollectivities })).toEqual([
      'signatory.kind kind.not_accepted',
    ]);
  });

  it('reports every issue at once, in form order', () => {
    const broken = withField(
      withField(lilleCommune, siren, '1'),
      ['signatory', 'representative', 'email'],
      'x',
    );
    expect(issuesOf({ ...broken, consents: { sign: false } })).toEqual([
      'signatory.collectivity.siren siren.format',
      'signatory.representative.email email.invalid',
      'consents.sign consent.required',
    ]);
  });

  it('covers every validation code of the catalogue in these tests', () => {
    const seen = new Set(
      cases.flatMap(([, , expected]) => expected.map((line) => line.split(' ')[1])),
    );
    seen.add('kind.not_accepted');
    const validationCodes: MessageCode[] = [
      'submission.invalid',
      'locale.unsupported',
      'field.required',
      'field.invalid',
      'choice.invalid',
      'text.too_long',
      'text.formula',
      'siren.format',
      'siren.checksum',
      'insee.format',
      'insee.invalid',
      'departement.invalid',
      'region.invalid',
      'postal_code.format',
      'email.invalid',
      'phone.invalid',
      'url.invalid',
      'url.scheme',
      'website.https',
      'manifesto.unknown',
      'manifesto.outdated',
      'kind.invalid',
      'kind.not_accepted',
      'collectivity.insee_required',
      'collectivity.siren_required',
      'collectivity.siren_forbidden',
      'collectivity.epci_type_mismatch',
      'collectivity.departement_mismatch',
      'role.not_for_kind',
      'representative.authorisation_required',
      'consent.required',
      'commitment.unknown',
      'commitment.not_for_kind',
      'commitment.too_many',
    ];
    expect(validationCodes.filter((code) => !seen.has(code))).toEqual([]);
  });
});

describe('validateSignature: messages', () => {
  it('speaks the requested language, else the submission’s, else French', () => {
    const bad = withField(lilleCommune, siren, '1');
    const messageIn = (input: unknown, locale?: 'fr' | 'en') => {
      const result = validateSignature(input, { manifesto, ...(locale ? { locale } : {}) });
      return result.ok ? '' : result.issues[0]!.message;
    };
    expect(messageIn(bad)).toMatch(/^Le numéro SIREN comporte 9 chiffres/);
    expect(messageIn({ ...bad, locale: 'en' })).toMatch(/^A SIREN number has 9 digits/);
    expect(messageIn(bad, 'en')).toMatch(/^A SIREN number has 9 digits/);
  });

  it('gives the parameters of a message', () => {
    const long = withField(lilleCommune, ['signatory', 'collectivity', 'name'], 'x'.repeat(300));
    const result = validateSignature(long, { manifesto });
    expect(!result.ok && result.issues[0]).toEqual({
      path: 'signatory.collectivity.name',
      code: 'text.too_long',
      message: 'Ce texte est trop long\u00a0: 200 caractères au plus.',
      params: { max: 200 },
    });
  });
});
