import { describe, expect, it } from 'vitest';
import { isValidSiren, normalizeSiren } from './siren.js';

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
