import { plateformcoop2023 } from '@plateformcoop/model';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/sha';
import { describe, expect, it } from 'vitest';
import {
  attestationJwks,
  createProofOfWorkChallenge,
  createToken,
  generateAttestationKeyPair,
  signAttestation,
  validateField,
  validateSignature,
  verifyAttestation,
  verifyProofOfWork,
  verifyToken,
} from './index.js';
import { commune } from './test-support/examples.js';

// The same package, in real Chromium: what the form and the badge run.
describe('in the browser', () => {
  it('validates a submission and a field', () => {
    expect(validateSignature(commune, { manifesto: plateformcoop2023 }).ok).toBe(true);
    expect(validateField('signatory.collectivity.siren', '215 903 502', { locale: 'en' }).ok).toBe(
      false,
    );
  });

  it('verifies an Ed25519 attestation against a JWKS', async () => {
    const keys = await generateAttestationKeyPair('k1');
    const manifesto = { id: plateformcoop2023.id, contentHash: plateformcoop2023.contentHash };
    const jws = await signAttestation(
      {
        signatureId: 's1',
        subject: 'domain:mobicoop.fr',
        manifesto,
        signedAt: '2026-11-20T10:00:00.000Z',
      },
      { privateKey: keys.privateJwk, keyId: 'k1', issuer: 'https://registre.example' },
    );
    const jwks = attestationJwks([keys.publicJwk]);
    expect((await verifyAttestation(jws, { jwks, manifesto })).ok).toBe(true);
    // One character of the signature changed (not its last ones, which often are already 'AA').
    const at = jws.lastIndexOf('.') + 10;
    const tampered = jws.slice(0, at) + (jws[at] === 'B' ? 'C' : 'B') + jws.slice(at + 1);
    expect((await verifyAttestation(tampered, { jwks })).ok).toBe(false);
  });

  it('makes and checks link tokens with WebCrypto', async () => {
    const secret = 'a-browser-test-secret-0123456789abcdef';
    const token = await createToken({
      secret,
      purpose: 'withdraw',
      signatureId: 's1',
      expiresAt: new Date(Date.now() + 60_000),
    });
    expect((await verifyToken(token, { secret, purpose: 'withdraw' })).ok).toBe(true);
  });

  it('verifies a proof of work solved by altcha-lib', async () => {
    const hmacKey = 'browser-pow-secret-0123456789';
    const challenge = await createProofOfWorkChallenge({
      hmacKey,
      expiresAt: new Date(Date.now() + 60_000),
    });
    const solution = await solveChallenge({ challenge, deriveKey });
    expect(
      (await verifyProofOfWork(btoa(JSON.stringify({ challenge, solution })), { hmacKey })).ok,
    ).toBe(true);
  });
});
