import { describe, expect, it } from 'vitest';
import { departementOfInseeCode, isValidInseeCode, normalizeInseeCode } from './insee-code.js';

describe('isValidInseeCode', () => {
  it.each([
    ['Lille', '59350'],
    ['Bourg-en-Bresse, with its leading zero', '01053'],
    ['Ajaccio (Corse-du-Sud)', '2A004'],
    ['Bastia (Haute-Corse)', '2B033'],
    ['Basse-Terre (Guadeloupe)', '97105'],
    ['Fort-de-France (Martinique)', '97209'],
    ['Cayenne (Guyane)', '97302'],
    ['Saint-Denis (La Réunion)', '97411'],
    ['Mamoudzou (Mayotte)', '97611'],
    ['Saint-Pierre (Saint-Pierre-et-Miquelon)', '97502'],
    ['Saint-Barthélemy', '97701'],
    ['Saint-Martin', '97801'],
    ['Nouméa (Nouvelle-Calédonie)', '98818'],
    ['Papeete (Polynésie française)', '98735'],
  ])('accepts %s', (_, code) => {
    expect(isValidInseeCode(code)).toBe(true);
  });

  it('reads the usual spellings: lower-case Corsican letter, spaces', () => {
    expect(normalizeInseeCode('2a004')).toBe('2A004');
    expect(normalizeInseeCode(' 59 350 ')).toBe('59350');
    expect(isValidInseeCode('2b 033')).toBe(true);
  });

  it.each([
    ['a postal code of Corsica (20000), not an INSEE code', '20000'],
    ['the old Corsican 20 prefix', '20004'],
    ['département 96, which does not exist', '96001'],
    ['overseas 970', '97001'],
    ['commune number 000', '59000'],
    ['four characters', '5935'],
    ['six characters', '593500'],
    ['2C, not a Corsican département', '2C004'],
    ['a number, which loses leading zeros', 1053],
  ])('refuses %s', (_, code) => {
    expect(isValidInseeCode(code)).toBe(false);
  });
});

describe('departementOfInseeCode', () => {
  it('gives the département of a commune, overseas included', () => {
    expect(departementOfInseeCode('59350')).toBe('59');
    expect(departementOfInseeCode('2A004')).toBe('2A');
    expect(departementOfInseeCode('97411')).toBe('974');
    expect(departementOfInseeCode('97611')).toBe('976');
  });

  it('gives none for collectivités d’outre-mer, which are not départements', () => {
    expect(departementOfInseeCode('97502')).toBeUndefined();
    expect(departementOfInseeCode('98818')).toBeUndefined();
    expect(departementOfInseeCode('bad')).toBeUndefined();
  });
});
