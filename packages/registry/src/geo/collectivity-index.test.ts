import { DEPARTEMENT_REGION } from '@plateformcoop/signature';
import { describe, expect, it } from 'vitest';
import { collectivityIndex } from './collectivity-index.js';

const index = collectivityIndex();

describe('collectivity index', () => {
  it('finds a commune by name prefix, accents and case ignored, larger first', () => {
    const found = index.search('lille', 5);
    expect(found[0]).toMatchObject({
      type: 'commune',
      name: 'Lille',
      inseeCode: '59350',
      siren: '215903501',
      departementCode: '59',
      regionCode: '32',
    });
    expect(found[0]!.population).toBeGreaterThan(200_000);
    expect(index.search('ÉVRY', 3).some((c) => c.name.startsWith('Évry'))).toBe(true);
  });

  it('finds EPCI, départements and régions with their codes', () => {
    expect(index.search('Métropole Européenne de Lille', 3)[0]).toMatchObject({
      type: 'epci',
      epciType: 'metropole',
      departementCode: '59',
    });
    expect(index.search('Nord', 5)).toContainEqual(
      expect.objectContaining({ type: 'departement', departementCode: '59', regionCode: '32' }),
    );
    const region = index.search('Hauts-de-France', 1)[0]!;
    expect(region).toMatchObject({ type: 'region', regionCode: '32' });
    expect(region.population).toBeGreaterThan(5_000_000);
  });

  it('searches by INSEE code, SIREN and postal code', () => {
    expect(index.search('59350', 1)[0]?.name).toBe('Lille');
    expect(index.search('215903501', 1)[0]?.name).toBe('Lille');
    expect(index.search('59000', 3).map((c) => c.name)).toContain('Lille');
    expect(index.search('', 3)).toEqual([]);
  });

  it('looks up the official record of a signing collectivity, or nothing', () => {
    expect(index.lookup({ type: 'commune', inseeCode: '59350' })?.name).toBe('Lille');
    expect(index.lookup({ type: 'commune', inseeCode: '59999' })).toBeUndefined();
    expect(index.lookup({ type: 'departement', departementCode: '2A' })?.name).toBe('Corse-du-Sud');
    expect(index.lookup({ type: 'epci', siren: '200093201' })?.type).toBe('epci');
    expect(index.departementOfPostalCode('59000')).toBe('59');
    expect(index.regionOfDepartement('59')).toBe('32');
  });

  it('places each département in the région the core’s table names (the map reads that table)', () => {
    for (const [departement, region] of Object.entries(DEPARTEMENT_REGION)) {
      expect(index.regionOfDepartement(departement), departement).toBe(region);
    }
  });
});
