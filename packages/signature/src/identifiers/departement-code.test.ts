import { describe, expect, it } from 'vitest';
import { isValidDepartementCode, normalizeDepartementCode } from './departement-code.js';

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
