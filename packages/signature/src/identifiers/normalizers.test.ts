import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidDepartementCode, normalizeDepartementCode } from './departement-code.js';
import { isValidInseeCode, normalizeInseeCode } from './insee-code.js';
import { isValidPostalCode, normalizePostalCode } from './postal-code.js';
import { isValidRegionCode, normalizeRegionCode } from './region-code.js';
import { isValidSiren, normalizeSiren } from './siren.js';
import { isValidSiret, normalizeSiret } from './siret.js';

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
