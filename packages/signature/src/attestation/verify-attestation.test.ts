import fc from 'fast-check';
import { SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { oneCharacterChanged } from '../test-support/tamper.js';
import type { AttestationStatement } from './attestation.js';
import {
  attestationJwks,
  generateAttestationKeyPair,
  signAttestation,
} from './sign-attestation.js';
import { verifyAttestation } from './verify-attestation.js';

const manifesto = {
  id: 'plateformcoop-2023',
  contentHash: 'sha256:19543bd192154013f34a43257c944645ee4054af510240ffae5163de564a4615',
};
const statement: AttestationStatement = {
  signatureId: 'sig_01J9Z8',
  subject: 'domain:mobicoop.fr',
  slug: 'mobicoop',
  name: 'Mobicoop',
  website: 'https://www.mobicoop.fr/',
  manifesto,
  signedAt: '2026-11-20T10:00:00.000Z',
};
const issuer = 'https://registre.plateformcoop.example';
const issuedAt = new Date('2026-11-20T10:00:05Z');

let keys: Awaited<ReturnType<typeof generateAttestationKeyPair>>;
let jwks: ReturnType<typeof attestationJwks>;
let attestation: string;

beforeAll(async () => {
  keys = await generateAttestationKeyPair('2026-11');
  jwks = attestationJwks([keys.publicJwk]);
  attestation = await signAttestation(statement, {
    privateKey: keys.privateJwk,
    keyId: '2026-11',
    issuer,
    issuedAt,
  });
});

describe('signAttestation / verifyAttestation', () => {
  it('publishes only public members in the JWKS', () => {
    expect(jwks.keys[0]).toEqual({
      kty: 'OKP',
      crv: 'Ed25519',
      x: keys.publicJwk.x,
      kid: '2026-11',
      alg: 'EdDSA',
      use: 'sig',
    });
    expect(JSON.stringify(jwks)).not.toContain('"d"');
  });

  it('is a compact JWS, EdDSA, with the key id and its own type', () => {
    const [header] = attestation.split('.');
    expect(JSON.parse(atob(header!.replace(/-/g, '+').replace(/_/g, '/')))).toEqual({
      alg: 'EdDSA',
      kid: '2026-11',
      typ: 'plateformcoop-attestation+jwt',
    });
  });

  it('verifies against the JWKS and gives back the statement', async () => {
    const result = await verifyAttestation(attestation, { jwks, issuer, manifesto });
    expect(result).toEqual({
      ok: true,
      attestation: { ...statement, issuer, keyId: '2026-11', issuedAt },
    });
  });

  it('refuses an attestation of another manifesto or text', async () => {
    expect(
      await verifyAttestation(attestation, { jwks, manifesto: { id: 'other-manifesto' } }),
    ).toEqual({
      ok: false,
      code: 'attestation.invalid',
    });
    const otherText = { id: manifesto.id, contentHash: `sha256:${'0'.repeat(64)}` };
    expect((await verifyAttestation(attestation, { jwks, manifesto: otherText })).ok).toBe(false);
  });

  it('refuses an attestation of another platform', async () => {
    expect((await verifyAttestation(attestation, { jwks, slug: 'mobicoop' })).ok).toBe(true);
    expect(await verifyAttestation(attestation, { jwks, slug: 'coopcycle' })).toEqual({
      ok: false,
      code: 'attestation.invalid',
    });
    const { slug: _none, ...withoutSlug } = statement;
    const unnamed = await signAttestation(withoutSlug, {
      privateKey: keys.privateJwk,
      keyId: '2026-11',
      issuer,
    });
    expect((await verifyAttestation(unnamed, { jwks, slug: 'mobicoop' })).ok).toBe(false);
  });

  it('refuses a genuine signature over a header or claims an attestation never has', async () => {
    const { importJWK } = await import('jose');
    const key = await importJWK(keys.privateJwk, 'EdDSA');
    const header = { alg: 'EdDSA', kid: '2026-11', typ: 'plateformcoop-attestation+jwt' };
    const claims = { manifesto, signedAt: statement.signedAt };
    const signed = (jwt: SignJWT) => jwt.sign(key);
    const cases = [
      // no iat
      new SignJWT(claims).setProtectedHeader(header).setIssuer(issuer).setSubject('s').setJti('j'),
      // no sub
      new SignJWT(claims).setProtectedHeader(header).setIssuer(issuer).setJti('j').setIssuedAt(),
      // a critical header extension it does not understand
      new SignJWT(claims)
        .setProtectedHeader({ ...header, b64: true, crit: ['b64'] })
        .setIssuer(issuer)
        .setSubject('s')
        .setJti('j')
        .setIssuedAt(),
      // a manifesto without its content hash
      new SignJWT({ manifesto: { id: manifesto.id }, signedAt: statement.signedAt })
        .setProtectedHeader(header)
        .setIssuer(issuer)
        .setSubject('s')
        .setJti('j')
        .setIssuedAt(),
      // not valid yet
      new SignJWT(claims)
        .setProtectedHeader(header)
        .setIssuer(issuer)
        .setSubject('s')
        .setJti('j')
        .setIssuedAt()
        .setNotBefore('1 day from now'),
    ];
    for (const jwt of cases) {
      expect(await verifyAttestation(await signed(jwt), { jwks })).toEqual({
        ok: false,
        code: 'attestation.invalid',
      });
    }
  });

  it('refuses a JWKS that is not one, and keys of another kind under the same id', async () => {
    for (const broken of [null, {}, { keys: 'x' }, { keys: [null, 42] }]) {
      expect(
        await verifyAttestation(attestation, { jwks: broken as unknown as typeof jwks }),
      ).toEqual({ ok: false, code: 'attestation.unknown_key' });
    }
    const asEcKey = { keys: [{ ...jwks.keys[0]!, kty: 'EC', crv: 'P-256' }] };
    expect((await verifyAttestation(attestation, { jwks: asEcKey })).ok).toBe(false);
    const garbledKey = { keys: [{ ...jwks.keys[0]!, x: 'AAAA' }] };
    expect(await verifyAttestation(attestation, { jwks: garbledKey })).toEqual({
      ok: false,
      code: 'attestation.invalid',
    });
  });

  it('refuses another issuer', async () => {
    expect(
      (await verifyAttestation(attestation, { jwks, issuer: 'https://elsewhere.example' })).ok,
    ).toBe(false);
  });

  it('says when the key is not (or no longer) published', async () => {
    const other = await generateAttestationKeyPair('2027-01');
    expect(
      await verifyAttestation(attestation, { jwks: attestationJwks([other.publicJwk]) }),
    ).toEqual({
      ok: false,
      code: 'attestation.unknown_key',
    });
  });

  it('says when it has expired', async () => {
    const expiring = await signAttestation(statement, {
      privateKey: keys.privateJwk,
      keyId: '2026-11',
      issuer,
      issuedAt,
      expiresAt: new Date('2026-12-20T10:00:00Z'),
    });
    expect(
      (await verifyAttestation(expiring, { jwks, now: new Date('2026-12-01T00:00:00Z') })).ok,
    ).toBe(true);
    expect(
      await verifyAttestation(expiring, { jwks, now: new Date('2027-01-01T00:00:00Z') }),
    ).toEqual({
      ok: false,
      code: 'attestation.expired',
    });
  });

  it('refuses a JWT of another type signed with the same key', async () => {
    const { importJWK } = await import('jose');
    const other = await new SignJWT({ manifesto, signedAt: statement.signedAt })
      .setProtectedHeader({ alg: 'EdDSA', kid: '2026-11' })
      .setIssuer(issuer)
      .setSubject(statement.subject)
      .setJti('x')
      .setIssuedAt()
      .sign(await importJWK(keys.privateJwk, 'EdDSA'));
    expect((await verifyAttestation(other, { jwks })).ok).toBe(false);
  });

  it.each([undefined, 42, '', 'a.b.c', 'x'.repeat(10_000), 'eyJhbGciOiJub25lIn0.e30.'])(
    'refuses garbage (%s) without throwing',
    async (garbage) => {
      expect(await verifyAttestation(garbage, { jwks })).toEqual({
        ok: false,
        code: 'attestation.invalid',
      });
    },
  );

  it('fails after any single-character change', async () => {
    await fc.assert(
      fc.asyncProperty(oneCharacterChanged(attestation), async (tampered) => {
        expect((await verifyAttestation(tampered, { jwks })).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('fails after any change of the last character of the signature', async () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (const c of alphabet) {
      if (c === attestation.at(-1)) continue;
      expect((await verifyAttestation(attestation.slice(0, -1) + c, { jwks })).ok, c).toBe(false);
    }
  });
});
