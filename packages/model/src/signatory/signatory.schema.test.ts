import { describe, expect, it } from 'vitest';
import {
  contactEmailOf,
  entityNameOf,
  exampleSubmissions,
  safeParseCollectivity,
  safeParseIndividual,
  safeParseOrganization,
  safeParseRepresentative,
  safeParseSignatory,
} from '../index.js';

const commune =
  exampleSubmissions.collectivity.signatory.kind === 'collectivity' &&
  exampleSubmissions.collectivity.signatory;

describe('Signatory', () => {
  it.each(Object.values(exampleSubmissions).map((s) => [s.signatory.kind, s.signatory]))(
    'accepts a valid %s',
    (_, signatory) => {
      expect(safeParseSignatory(signatory).success).toBe(true);
    },
  );

  it('rejects an unknown kind and a kind without its body', () => {
    expect(safeParseSignatory({ kind: 'robot' }).success).toBe(false);
    expect(safeParseSignatory({ kind: 'collectivity', representative: {} }).success).toBe(false);
    expect(safeParseSignatory(null).success).toBe(false);
  });

  it('gives the contact address and the public name of every kind', () => {
    expect(contactEmailOf(exampleSubmissions.individual.signatory)).toBe(
      'sacha.exemple@example.org',
    );
    expect(contactEmailOf(exampleSubmissions.platform.signatory)).toBe(
      'contact@velo-partage.example.org',
    );
    expect(entityNameOf(exampleSubmissions.collectivity.signatory)).toBe('Lille');
    expect(entityNameOf(exampleSubmissions.individual.signatory)).toBe('Sacha Exemple');
  });
});

describe('Collectivity', () => {
  if (!commune) throw new Error('example is not a collectivity');
  const valid = commune.collectivity;

  it('accepts a commune, a Corsican and an overseas one, an EPCI with its subtype', () => {
    expect(safeParseCollectivity(valid).success).toBe(true);
    expect(
      safeParseCollectivity({
        type: 'commune',
        name: 'Ajaccio',
        inseeCode: '2A004',
        departementCode: '2A',
        regionCode: '94',
      }).success,
    ).toBe(true);
    expect(
      safeParseCollectivity({
        type: 'commune',
        name: 'Saint-Denis',
        inseeCode: '97411',
        departementCode: '974',
        regionCode: '04',
      }).success,
    ).toBe(true);
    expect(
      safeParseCollectivity({
        type: 'epci',
        epciType: 'metropole',
        name: 'Métropole Européenne de Lille',
        siren: '200093201',
      }).success,
    ).toBe(true);
  });

  it('rejects malformed identifiers, a blank name, an unknown type, a negative population', () => {
    for (const bad of [
      { ...valid, inseeCode: '5935' },
      { ...valid, inseeCode: '2C004' },
      { ...valid, siren: '21590350' },
      { ...valid, departementCode: '20' },
      { ...valid, regionCode: '3' },
      { ...valid, name: '   ' },
      { ...valid, name: 'x'.repeat(201) },
      { ...valid, type: 'village' },
      { ...valid, epciType: 'cx' },
      { ...valid, population: -1 },
      { ...valid, population: 1.5 },
    ]) {
      expect(safeParseCollectivity(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('Representative', () => {
  const valid = commune ? commune.representative : null;
  it('accepts a role from the closed list with a free-text function', () => {
    expect(safeParseRepresentative(valid).success).toBe(true);
  });
  it('rejects a role outside the list, a bad e-mail, a phone of letters, a missing declaration', () => {
    expect(safeParseRepresentative({ ...valid, role: 'roi' }).success).toBe(false);
    expect(safeParseRepresentative({ ...valid, email: 'not-an-email' }).success).toBe(false);
    expect(safeParseRepresentative({ ...valid, phone: 'call me' }).success).toBe(false);
    const { authorised: _, ...withoutDeclaration } = valid ?? {};
    expect(safeParseRepresentative(withoutDeclaration).success).toBe(false);
  });
});

describe('Organization and Individual', () => {
  it('accepts valid ones', () => {
    expect(
      safeParseOrganization({ type: 'ess-network', name: 'RTES', website: 'https://www.rtes.fr' })
        .success,
    ).toBe(true);
    expect(safeParseIndividual({ givenName: 'A', familyName: 'B', email: 'a@b.fr' }).success).toBe(
      true,
    );
  });
  it('rejects an http website, an unknown type, a bad postal code, a missing e-mail', () => {
    expect(
      safeParseOrganization({ type: 'ess-network', name: 'RTES', website: 'http://www.rtes.fr' })
        .success,
    ).toBe(false);
    expect(safeParseOrganization({ type: 'club', name: 'RTES' }).success).toBe(false);
    expect(
      safeParseIndividual({ givenName: 'A', familyName: 'B', email: 'a@b.fr', postalCode: '5900' })
        .success,
    ).toBe(false);
    expect(safeParseIndividual({ givenName: 'A', familyName: 'B' }).success).toBe(false);
  });
});
