import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidSiret, LA_POSTE_SIREN, normalizeSiret } from './siret.js';

/**
 * Reference vectors of python-stdnum (`tests/test_fr_siret.doctest`, github.com/arthurdejong/
 * python-stdnum), copied as data: La Poste's SIRETs, and SIRETs found online, as typed there.
 */
const STDNUM_LA_POSTE = {
  valid: ['356 000 000 09075', '35600000000048', '35600000049837'],
  invalid: ['35600000049838'],
};
const STDNUM_FOUND_ONLINE = [
  '0 5 7 8 1 3 1 3 1 0 0 0 2 6',
  '1 800 700 39 00 110',
  '2 00 03 00 13 000 11',
  '2 101 005 33 000 12',
  '2 777 000 43 000 15',
  '3 1 0 1 8 8 4 2 0 00 0 8 0',
  '3 12 494 529 000 34',
  '3 24 34 54 20 000 40',
  '30206838200050',
  '314 901 323 00043',
  '31719324100013',
  '32228438100017',
  '32650798500058',
  '32738082000032',
  '329.338.88300153',
  '32929695800039',
  '33770320100034',
  '34530016400018',
  '380 321 430 00023',
  '38446899700034',
  '38536958200023',
  '389 011 529 00036',
  '38981890700203',
  '39039475700020',
  '39102766100050',
  '4 0 0 9 0 8 5 0 5 0 0 0 11',
  '4 0 3 3 1 4 6 6 9 0 0 0 4 1',
  '4 0 9 0 8 5 2 1 4 0 0 0 2 4',
  '4 2 0 3 0 9 6 2 7 0 0 0 3 2',
  '4 4 3 4 8 9 2 7 3 0 0 0 1 3',
  '4 4 3 5 4 9 8 7 8 0 0 0 4 1',
  '4 8 2 7 8 1 9 11 0 0 0 11',
  '40300300700032',
  '44126652500019',
  '44142526100019',
  '44796433900017',
  '479 461 675 00049',
  '5 12 326 653 000 15',
  '5 17 758 173 000 10',
  '50397442000021',
  '513 133 637 000 35',
  '52524288900042',
  '542 097 324 0006 6',
  '652 059 213 00023',
  '7 7821 0526 00019',
  '775.563.232.00104',
  '778 239 798 000 11',
  '79068156300017',
  '8 1 0 2 4 7 3 8 7 0 0 0 1 4',
  '8 1002665800015',
  '8 21 114 55000014',
];

const HEAD_OFFICE = '35600000000048';

/** The digits of a SIRET added up, written here again so that the test does not trust the code. */
const sumOfDigits = (siret: string) => [...siret].reduce((sum, digit) => sum + Number(digit), 0);

/** Luhn, written again for the same reason. */
function passesLuhn(digits: string): boolean {
  const sum = [...digits]
    .reverse()
    .map((digit, i) => (i % 2 === 1 ? Number(digit) * 2 : Number(digit)))
    .reduce((total, d) => total + (d > 9 ? d - 9 : d), 0);
  return sum % 10 === 0;
}

/** A La Poste SIRET: its SIREN and any 5-digit establishment number (NIC). */
const laPosteSiret = fc
  .integer({ min: 0, max: 99_999 })
  .map((nic) => `${LA_POSTE_SIREN}${String(nic).padStart(5, '0')}`);

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
    // 356000000 + NIC 00030 passes Luhn, but its digits sum to 17.
    expect(passesLuhn('35600000000030')).toBe(true);
    expect(isValidSiret('35600000000030')).toBe(false);
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

describe('isValidSiret against python-stdnum’s test vectors', () => {
  it.each(STDNUM_LA_POSTE.valid)('accepts La Poste’s %s', (siret) => {
    expect(isValidSiret(siret)).toBe(true);
  });

  it.each(STDNUM_LA_POSTE.invalid)('refuses La Poste’s %s', (siret) => {
    expect(isValidSiret(siret)).toBe(false);
  });

  it('accepts every SIRET found online', () => {
    expect(STDNUM_FOUND_ONLINE.filter((siret) => !isValidSiret(siret))).toEqual([]);
  });
});

describe('La Poste’s SIRETs (property)', () => {
  it('are valid when their digit sum is a multiple of 5, and only then (but the head office)', () => {
    fc.assert(
      fc.property(laPosteSiret, (siret) => {
        const expected = siret === HEAD_OFFICE || sumOfDigits(siret) % 5 === 0;
        expect(isValidSiret(siret)).toBe(expected);
      }),
      { numRuns: 3_000 },
    );
  });

  it('are refused when they pass Luhn but their digit sum is no multiple of 5', () => {
    const luhnOnly = laPosteSiret.filter(
      (siret) => siret !== HEAD_OFFICE && passesLuhn(siret) && sumOfDigits(siret) % 5 !== 0,
    );
    fc.assert(
      fc.property(luhnOnly, (siret) => {
        expect(isValidSiret(siret)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('are refused when one digit of the establishment number is mistyped by less than 5', () => {
    const valid = laPosteSiret.filter((siret) => sumOfDigits(siret) % 5 === 0);
    fc.assert(
      fc.property(
        valid,
        fc.integer({ min: 9, max: 13 }),
        fc.integer({ min: 1, max: 4 }),
        (siret, at, shift) => {
          const digit = (Number(siret[at]) + shift) % 10;
          const mistyped = `${siret.slice(0, at)}${digit}${siret.slice(at + 1)}`;
          // A carry past 9 changes the sum by shift - 10, which no multiple of 5 hides either.
          expect(isValidSiret(mistyped)).toBe(mistyped === HEAD_OFFICE);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
