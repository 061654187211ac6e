import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidDepartementCode, normalizeDepartementCode } from './departement-code.js';
import { isValidInseeCode, normalizeInseeCode } from './insee-code.js';
import { isValidPostalCode, normalizePostalCode } from './postal-code.js';
import { isValidRegionCode, normalizeRegionCode, REGION_CODES } from './region-code.js';
import { isValidSiren, normalizeSiren } from './siren.js';
import { isValidSiret, normalizeSiret } from './siret.js';

describe('isValidDepartementCode', () => {
  it.each(['01', '59', '62', '95', '2A', '2B', '971', '972', '973', '974', '976'])(
    'accepts %s',
    (code) => {
      expect(isValidDepartementCode(code)).toBe(true);
    },
  );

  it('reads human spellings', () => {
    expect(normalizeDepartementCode('2a')).toBe('2A');
    expect(normalizeDepartementCode('9')).toBe('09');
    expect(isValidDepartementCode(' 2b ')).toBe(true);
  });

  it.each(['00', '20', '96', '970', '975', '977', '988', '2C', '100', '', 'Nord'])(
    'refuses %s',
    (code) => {
      expect(isValidDepartementCode(code)).toBe(false);
    },
  );
});

describe('isValidRegionCode', () => {
  it('accepts the 18 regions of the COG', () => {
    expect(REGION_CODES).toHaveLength(18);
    for (const code of REGION_CODES) expect(isValidRegionCode(code)).toBe(true);
    expect(isValidRegionCode('32')).toBe(true); // Hauts-de-France
    expect(isValidRegionCode('94')).toBe(true); // Corse
  });

  it('reads a single digit with its zero', () => {
    expect(normalizeRegionCode('6')).toBe('06');
    expect(isValidRegionCode('6')).toBe(true);
  });

  it.each(['05', '22', '31', '99', '00', '321', ''])(
    'refuses %s, which is no region since 2016',
    (code) => {
      expect(isValidRegionCode(code)).toBe(false);
    },
  );
});

describe('isValidPostalCode', () => {
  it.each(['59000', '75001', '01000', '20000', '20200', '97400', '97133', '98800', '98000'])(
    'accepts %s',
    (code) => {
      expect(isValidPostalCode(code)).toBe(true);
    },
  );

  it('reads spaces', () => {
    expect(normalizePostalCode('59\u00a0000')).toBe('59000');
  });

  it.each(['00100', '96000', '99999', '5900', '590000', 'F-59000', ''])('refuses %s', (code) => {
    expect(isValidPostalCode(code)).toBe(false);
  });
});

describe('every normalizeX', () => {
  const pairs = [
    [isValidDepartementCode, normalizeDepartementCode],
    [isValidRegionCode, normalizeRegionCode],
    [isValidPostalCode, normalizePostalCode],
    [isValidSiren, normalizeSiren],
    [isValidSiret, normalizeSiret],
    [isValidInseeCode, normalizeInseeCode],
  ] as const;

  it('is idempotent, and does not change what its check says', () => {
    const typed = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'0123456789 .-\u00a0\u202fAaBb'), maxLength: 20 }),
      fc.string({ unit: 'binary', maxLength: 20 }),
    );
    fc.assert(
      fc.property(typed, (value) => {
        for (const [isValid, normalize] of pairs) {
          const once = normalize(value);
          expect(normalize(once)).toBe(once);
          expect(isValid(once)).toBe(isValid(value));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
