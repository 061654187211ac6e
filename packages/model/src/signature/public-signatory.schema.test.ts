import { describe, expect, it } from 'vitest';
import { parsePublicSignatory, safeParsePublicSignatory, toPublicSignatory } from '../index.js';
import {
  collectivitySubmission,
  individualSubmission,
  organizationSubmission,
  platformSubmission,
  storedSignature,
  submissions,
} from '../test-support/examples.js';

describe('toPublicSignatory', () => {
  it.each(submissions.map((s) => [s.signatory.kind, s]))(
    'never exposes an e-mail or a phone (%s)',
    (_, s) => {
      const text = JSON.stringify(toPublicSignatory(storedSignature(s)));
      expect(text).not.toContain('@');
      expect(text).not.toMatch(/\+33|phone|email/);
      expect(safeParsePublicSignatory(JSON.parse(text)).success).toBe(true);
    },
  );

  it('shows the representative of a collectivity that consented, with the official facts', () => {
    const pub = toPublicSignatory(storedSignature(collectivitySubmission));
    expect(pub).toMatchObject({
      kind: 'collectivity',
      name: 'Lille',
      inseeCode: '59350',
      departementCode: '59',
      representative: { name: 'Camille Exemple', role: 'adjoint' },
    });
  });

  it('hides the names of people who did not consent to public display', () => {
    const platform = toPublicSignatory(storedSignature(platformSubmission));
    expect(platform.name).toBe('Vélo Partage Coop');
    expect(platform.representative).toBeUndefined();
    const citizen = toPublicSignatory(storedSignature(individualSubmission));
    expect(citizen.name).toBeUndefined();
    expect(JSON.stringify(citizen)).not.toContain('Sacha');
  });

  it('names a citizen who consented, and an organisation with its type', () => {
    const consenting = {
      ...individualSubmission,
      consents: { sign: true as const, publicDisplay: true, contact: false },
    };
    expect(toPublicSignatory(storedSignature(consenting)).name).toBe('Sacha Exemple');
    expect(toPublicSignatory(storedSignature(organizationSubmission))).toMatchObject({
      organizationType: 'association',
    });
  });

  it('refuses any extra field, so a private one cannot slip into a public answer', () => {
    const pub = toPublicSignatory(storedSignature(collectivitySubmission));
    expect(() => parsePublicSignatory({ ...pub, email: 'x@y.fr' })).toThrow();
    expect(
      safeParsePublicSignatory({
        ...pub,
        representative: { ...pub.representative, phone: '0600000000' },
      }).success,
    ).toBe(false);
  });
});
