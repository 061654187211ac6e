import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeUrl } from './url.js';

describe('normalizeUrl', () => {
  it('adds https:// to a bare host, and serialises the URL', () => {
    expect(normalizeUrl('www.Mobicoop.fr')).toBe('https://www.mobicoop.fr/');
    expect(normalizeUrl(' https://coopcycle.org/fr/ ')).toBe('https://coopcycle.org/fr/');
  });

  it('leaves other schemes for the validator to refuse', () => {
    expect(normalizeUrl('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(normalizeUrl('data:text/html,x')).toBe('data:text/html,x');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.webUrl(), fc.domain(), fc.string({ unit: 'binary', maxLength: 40 })),
        (s) => {
          const once = normalizeUrl(s);
          expect(normalizeUrl(once)).toBe(once);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
