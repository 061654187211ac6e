import { describe, expect, it } from 'vitest';
import { isValidDepartementCode } from './departement-code.js';
import { DEPARTEMENT_REGION, regionOfDepartement } from './departement-region.js';
import { REGION_CODES } from './region-code.js';

describe('DEPARTEMENT_REGION', () => {
  it('places each of the 101 départements in one of the 18 régions, every région used', () => {
    const codes = Object.keys(DEPARTEMENT_REGION);
    expect(codes).toHaveLength(101);
    for (const code of codes) expect(isValidDepartementCode(code), code).toBe(true);
    expect(new Set(Object.values(DEPARTEMENT_REGION))).toEqual(new Set(REGION_CODES));
  });

  it('answers a département’s région, nothing for an unknown code', () => {
    expect(regionOfDepartement('59')).toBe('32');
    expect(regionOfDepartement('2A')).toBe('94');
    expect(regionOfDepartement('974')).toBe('04');
    expect(regionOfDepartement('20')).toBeUndefined();
    expect(regionOfDepartement('toString')).toBeUndefined();
  });
});
