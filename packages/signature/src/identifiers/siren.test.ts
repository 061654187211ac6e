import { describe, expect, it } from 'vitest';
import { isValidSiren, normalizeSiren } from './siren.js';
import { isValidSiret, normalizeSiret } from './siret.js';

// Public SIRENs of collectivities (Sirene register) and of La Poste.
const PUBLIC_SIRENS = {
  'Ville de Lille': '215903501',
  'Ville de Paris': '217500016',
  Ajaccio: '212000046',
  Bastia: '212000335',
  'Saint-Denis (La Réunion)': '219740115',
  'Département du Nord': '225900018',
  'Région Hauts-de-France': '200053742',
  'Métropole Européenne de Lille': '200093201',
  'La Poste': '356000000',
};

describe('isValidSiren', () => {
  it.each(Object.entries(PUBLIC_SIRENS))('accepts the SIREN of %s', (_, siren) => {
    expect(isValidSiren(siren)).toBe(true);
  });

  it.each([
    ['spaces', '215 903 501'],
    ['no-break spaces', '215\u00a0903\u00a0501'],
    ['narrow no-break spaces', '215\u202f903\u202f501'],
    ['dots', '215.903.501'],
    ['dashes', '215-903-501'],
    ['surrounding blanks', '  215903501 '],
  ])('accepts the usual human spelling with %s', (_, typed) => {
    expect(isValidSiren(typed)).toBe(true);
    expect(normalizeSiren(typed)).toBe('215903501');
  });

  it.each([
    ['one digit changed', '215903502'],
    ['two digits swapped', '251903501'],
    ['eight digits', '21590350'],
    ['ten digits', '2159035011'],
    ['letters', '21590350A'],
    ['all zeros, which passes Luhn but is no one', '000000000'],
    ['empty', ''],
  ])('refuses a near miss: %s', (_, typed) => {
    expect(isValidSiren(typed)).toBe(false);
  });

  it('refuses what is not a string', () => {
    expect(isValidSiren(215903501)).toBe(false);
    expect(isValidSiren(null)).toBe(false);
  });
});

describe('isValidSiret', () => {
  it('accepts SIRETs whose SIREN and 14 digits pass Luhn', () => {
    // 732 829 320 00074: INSEE's own example (7th establishment of SIREN 732829320).
    expect(isValidSiret('73282932000074')).toBe(true);
    expect(isValidSiret('732 829 320 00074')).toBe(true);
    expect(normalizeSiret('732\u202f829\u202f320\u00a000074')).toBe('73282932000074');
  });

  it("accepts La Poste's head office, which follows Luhn", () => {
    expect(isValidSiret('356 000 000 00048')).toBe(true);
  });

  it("accepts La Poste's establishments by their digit sum, a multiple of 5, not by Luhn", () => {
    // 356000000 + NIC 00010: digits sum to 15 (a multiple of 5) and Luhn fails.
    expect(isValidSiret('35600000000010')).toBe(true);
    expect(isValidSiret('356 000 000 00010')).toBe(true);
    expect(isValidSiret('35600000000012')).toBe(false);
  });

  it('refuses near misses', () => {
    expect(isValidSiret('73282932000075')).toBe(false); // last digit changed
    expect(isValidSiret('73282932100074')).toBe(false); // SIREN part changed
    expect(isValidSiret('7328293200007')).toBe(false); // 13 digits
    expect(isValidSiret('215903501')).toBe(false); // a SIREN is not a SIRET
  });

  it('refuses a SIRET whose SIREN part fails, even when the 14 digits pass Luhn', () => {
    // 215903502 is not a SIREN; 21590350200007 passes Luhn over its 14 digits.
    expect(isValidSiret('21590350200007')).toBe(false);
  });
});
