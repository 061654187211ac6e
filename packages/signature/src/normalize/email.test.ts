import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeEmail } from './email.js';

describe('normalizeEmail', () => {
  it('lowercases the domain only, and removes blanks', () => {
    expect(normalizeEmail(' Camille.Martin@Mairie-Lille.FR ')).toBe(
      'Camille.Martin@mairie-lille.fr',
    );
    expect(normalizeEmail('camille @ example.org')).toBe('camille@example.org');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.emailAddress(), fc.string({ unit: 'binary', maxLength: 40 })),
        (s) => {
          const once = normalizeEmail(s);
          expect(normalizeEmail(once)).toBe(once);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
