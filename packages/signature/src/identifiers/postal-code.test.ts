import { describe, expect, it } from 'vitest';
import { isValidPostalCode, normalizePostalCode } from './postal-code.js';

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
