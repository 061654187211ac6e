import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeTextFully, startsLikeFormula } from './text.js';

describe('normalizeText', () => {
  it('trims and collapses white space of every kind', () => {
    expect(normalizeText('  Ville\u00a0de\u202fLille\t\n ')).toBe('Ville de Lille');
    expect(normalizeText('Mairie   de  Roubaix')).toBe('Mairie de Roubaix');
  });

  it('composes accents (NFC)', () => {
    expect(normalizeText('Re\u0301gion')).toBe('Région');
    expect(normalizeText('Re\u0301gion')).toHaveLength(6);
  });

  it('removes control, zero-width and bidirectional characters', () => {
    expect(normalizeText('Li\u200blle')).toBe('Lille');
    expect(normalizeText('\u202eelliL')).toBe('elliL');
    expect(normalizeText('Lil\u0000le\u0007')).toBe('Lille');
    expect(normalizeText('\ufeffLille\u2066')).toBe('Lille');
  });

  it('composes a letter and its accent once a zero-width character between them is gone', () => {
    expect(normalizeText('e\u200b\u0301')).toBe('é');
  });

  it('takes its fast path only where the full normalisation would give the same', () => {
    const frenchish = fc.string({
      unit: fc.oneof(
        fc.integer({ min: 0x20, max: 0x17f }).map((c) => String.fromCharCode(c)),
        fc.constantFrom(
          '\u0301',
          '\u0327',
          '\u2019',
          '\u2026',
          '\u2013',
          '\u00a0',
          '\u202f',
          '\u212b',
          '\u2000',
        ),
      ),
      maxLength: 30,
    });
    fc.assert(
      fc.property(frenchish, (s) => {
        expect(normalizeText(s)).toBe(normalizeTextFully(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('startsLikeFormula', () => {
  it.each(['=HYPERLINK("x")', '+33', '-2+3', '@SUM(A1)'])('spots %s', (text) => {
    expect(startsLikeFormula(text)).toBe(true);
  });

  it('lets ordinary names through', () => {
    expect(startsLikeFormula('Saint-Amand-les-Eaux')).toBe(false);
    expect(startsLikeFormula("L'Île-Saint-Denis")).toBe(false);
  });
});
