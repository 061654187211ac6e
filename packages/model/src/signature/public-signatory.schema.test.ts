import { describe, expect, it } from 'vitest';
import {
  exampleSubmissions,
  parsePublicSignatory,
  safeParsePublicSignatory,
  toPublicSignatory,
} from '../index.js';
import { storedSignature } from '../test-support/stored-signature.js';

describe('toPublicSignatory', () => {
  it.each(Object.values(exampleSubmissions).map((s) => [s.signatory.kind, s]))(
    'never exposes an e-mail or a phone (%s)',
    (_, s) => {
      const text = JSON.stringify(toPublicSignatory(storedSignature(s)));
      expect(text).not.toContain('@');
      expect(text).not.toMatch(/\+33|phone|email/);
      expect(safeParsePublicSignatory(JSON.parse(text)).success).toBe(true);
    },
  );

  it('shows the representative of a collectivity that consented, with the official facts', () => {
    const pub = toPublicSignatory(storedSignature(exampleSubmissions.collectivity));
    expect(pub).toMatchObject({
      kind: 'collectivity',
      name: 'Lille',
      inseeCode: '59350',
      departementCode: '59',
      representative: { name: 'Camille Exemple', role: 'adjoint' },
    });
  });

  it('hides the names of people who did not consent to public display', () => {
    const platform = toPublicSignatory(storedSignature(exampleSubmissions.platform));
    expect(platform.name).toBe('Vélo Partage Coop');
    expect(platform.representative).toBeUndefined();
    const citizen = toPublicSignatory(storedSignature(exampleSubmissions.individual));
    expect(citizen.name).toBeUndefined();
    expect(JSON.stringify(citizen)).not.toContain('Sacha');
  });

  it('names a citizen who consented, and an organisation with its type', () => {
    const consenting = {
      ...exampleSubmissions.individual,
      consents: { sign: true as const, publicDisplay: true, contact: false },
    };
    expect(toPublicSignatory(storedSignature(consenting)).name).toBe('Sacha Exemple');
    expect(toPublicSignatory(storedSignature(exampleSubmissions.organization))).toMatchObject({
      organizationType: 'association',
    });
  });

  it('refuses any extra field, so a private one cannot slip into a public answer', () => {
    const pub = toPublicSignatory(storedSignature(exampleSubmissions.collectivity));
    expect(() => parsePublicSignatory({ ...pub, email: 'x@y.fr' })).toThrow();
    expect(
      safeParsePublicSignatory({
        ...pub,
        representative: { ...pub.representative, phone: '0600000000' },
      }).success,
    ).toBe(false);
  });

  it('carries the content hash signed, its version, and the deliberation it was recorded from', () => {
    const stored = {
      ...storedSignature(exampleSubmissions.collectivity),
      deliberation: { date: '2023-11-20', reference: 'DEL-2023-114' },
    };
    const pub = toPublicSignatory(stored, { manifestoVersion: '2023-11' });
    expect(pub).toMatchObject({
      manifestoHash: stored.manifestoHash,
      manifestoVersion: '2023-11',
      deliberation: { date: '2023-11-20', reference: 'DEL-2023-114' },
    });
    expect(safeParsePublicSignatory(pub).success).toBe(true);
    expect(toPublicSignatory(storedSignature(exampleSubmissions.platform))).not.toHaveProperty(
      'deliberation',
    );
  });
});
