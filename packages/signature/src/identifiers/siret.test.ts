import { describe, expect, it } from 'vitest';
import { isValidSiret, normalizeSiret } from './siret.js';

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
