import { describe, expect, it } from 'vitest';
import {
  exampleSubmissions,
  parseSignature,
  parseSignatureSubmission,
  SIGNATURE_STATUSES,
  safeParseConsents,
  safeParseCounter,
  safeParseSignature,
  safeParseSignatureSubmission,
} from '../index.js';
import { storedSignature } from '../test-support/stored-signature.js';

describe('SignatureSubmission', () => {
  it.each(Object.values(exampleSubmissions).map((s) => [s.signatory.kind, s]))(
    'accepts a valid %s submission',
    (_, s) => {
      expect(safeParseSignatureSubmission(s).success).toBe(true);
    },
  );

  it('survives a JSON round trip unchanged', () => {
    for (const s of Object.values(exampleSubmissions))
      expect(parseSignatureSubmission(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it('rejects a missing consent to sign, a bad locale, a bad manifesto hash, too many commitments', () => {
    for (const bad of [
      {
        ...exampleSubmissions.collectivity,
        consents: { sign: false, publicDisplay: true, contact: true },
      },
      { ...exampleSubmissions.collectivity, consents: { publicDisplay: true, contact: true } },
      { ...exampleSubmissions.collectivity, locale: 'de' },
      { ...exampleSubmissions.collectivity, manifestoHash: 'md5:abc' },
      {
        ...exampleSubmissions.collectivity,
        commitments: Array.from({ length: 51 }, (_, i) => `c-${i}`),
      },
      { ...exampleSubmissions.collectivity, commitments: ['Not A Slug'] },
    ]) {
      expect(safeParseSignatureSubmission(bad).success, JSON.stringify(bad).slice(0, 200)).toBe(
        false,
      );
    }
  });
});

describe('Signature', () => {
  it('accepts a stored signature in every status', () => {
    for (const status of SIGNATURE_STATUSES) {
      expect(
        safeParseSignature({ ...storedSignature(exampleSubmissions.collectivity), status }).success,
      ).toBe(true);
    }
  });

  it('requires an id, the hash of the text signed and UTC timestamps', () => {
    const s = storedSignature(exampleSubmissions.collectivity);
    expect(() => parseSignature({ ...s, id: '' })).toThrow();
    const { manifestoHash: _, ...withoutHash } = s;
    expect(safeParseSignature(withoutHash).success).toBe(false);
    expect(safeParseSignature({ ...s, createdAt: '20 novembre 2026' }).success).toBe(false);
    expect(safeParseSignature({ ...s, createdAt: '2026-11-20T10:00:00+01:00' }).success).toBe(
      false,
    );
    expect(safeParseSignature({ ...s, status: 'archived' }).success).toBe(false);
  });
});

describe('Consents', () => {
  it('keeps public display and contact separate from signing', () => {
    expect(safeParseConsents({ sign: true, publicDisplay: false, contact: false }).success).toBe(
      true,
    );
    expect(safeParseConsents({ sign: true }).success).toBe(false);
    expect(safeParseConsents({ sign: 'yes', publicDisplay: false, contact: false }).success).toBe(
      false,
    );
  });
});

describe('Counter', () => {
  const counter = {
    manifestoId: 'plateformcoop-2023',
    total: 3,
    byKind: { collectivity: 2, platform: 1, organization: 0, individual: 0 },
    byDepartement: { '59': 2 },
    byRegion: { '32': 2 },
    byDepartementAndKind: { '59': { collectivity: 2 } },
    byRegionAndKind: { '32': { collectivity: 2 } },
    populationCovered: 250000,
    goal: 100,
    updatedAt: '2026-11-28T12:00:00Z',
  };
  it('accepts totals by kind and territory', () => {
    expect(safeParseCounter(counter).success).toBe(true);
  });
  it('rejects negative or fractional counts and an unknown kind', () => {
    expect(safeParseCounter({ ...counter, total: -1 }).success).toBe(false);
    expect(safeParseCounter({ ...counter, populationCovered: 0.5 }).success).toBe(false);
    expect(safeParseCounter({ ...counter, byKind: { ...counter.byKind, robot: 1 } }).success).toBe(
      false,
    );
    expect(
      safeParseCounter({ ...counter, byDepartementAndKind: { '59': { robot: 1 } } }).success,
    ).toBe(false);
  });
});
