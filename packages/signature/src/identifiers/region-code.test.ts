import { describe, expect, it } from 'vitest';
import { isValidRegionCode, normalizeRegionCode, REGION_CODES } from './region-code.js';

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
