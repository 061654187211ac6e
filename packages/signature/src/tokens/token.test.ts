import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64Url } from '../encoding/base64url.js';
import { oneCharacterChanged } from '../test-support/tamper.js';
import { createToken, verifyToken } from './token.js';

const secret = 'registry-secret-for-tests-0123456789abcdef';
const now = new Date('2026-11-28T12:00:00Z');
const inOneDay = new Date('2026-11-29T12:00:00Z');

async function confirmToken(signatureId = 'sig_01J9Z8') {
  return createToken({ secret, purpose: 'confirm', signatureId, expiresAt: inOneDay });
}

describe('createToken / verifyToken', () => {
  it('round-trips the purpose, the signature id and the expiry', async () => {
    const token = await confirmToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(await verifyToken(token, { secret, purpose: 'confirm', now })).toEqual({
      ok: true,
      purpose: 'confirm',
      signatureId: 'sig_01J9Z8',
      expiresAt: inOneDay,
    });
  });

  it('carries readable claims, since they hold nothing private', async () => {
    const [claims] = (await confirmToken()).split('.');
    const json = new TextDecoder().decode(decodeBase64Url(claims!));
    expect(JSON.parse(json)).toEqual({
      v: 1,
      p: 'confirm',
      s: 'sig_01J9Z8',
      e: inOneDay.getTime() / 1000,
    });
  });

  it('refuses a token made for another purpose', async () => {
    const token = await confirmToken();
    expect(await verifyToken(token, { secret, purpose: 'withdraw', now })).toEqual({
      ok: false,
      code: 'token.purpose',
    });
  });

  it('refuses an expired token, from its expiry second on, naming the signature it was for', async () => {
    const token = await confirmToken();
    const verified = await verifyToken(token, { secret, purpose: 'confirm', now: inOneDay });
    expect(verified).toMatchObject({ ok: false, code: 'token.expired' });
    expect(verified).toHaveProperty('signatureId');
    const valid = await verifyToken(token, { secret, purpose: 'confirm', now });
    expect(valid.ok && valid.signatureId).toBe((verified as { signatureId: string }).signatureId);
  });

  it('refuses a token signed with another secret', async () => {
    const token = await confirmToken();
    const other = 'another-registry-secret-0123456789abcdef';
    expect(await verifyToken(token, { secret: other, purpose: 'confirm', now })).toEqual({
      ok: false,
      code: 'token.invalid',
    });
  });

  it('refuses a token whose claims were swapped for another signature', async () => {
    const [, mac] = (await confirmToken('sig_A')).split('.');
    const [claims] = (await confirmToken('sig_B')).split('.');
    expect(await verifyToken(`${claims}.${mac}`, { secret, purpose: 'confirm', now })).toEqual({
      ok: false,
      code: 'token.invalid',
    });
  });

  it.each([undefined, null, 42, '', '.', 'a.b.c', 'x'.repeat(5000), '%%%.%%%', {}])(
    'refuses garbage (%s) without throwing',
    async (garbage) => {
      expect(await verifyToken(garbage, { secret, purpose: 'confirm', now })).toEqual({
        ok: false,
        code: 'token.invalid',
      });
    },
  );

  it('accepts bytes and imported keys as secrets, and refuses short secrets', async () => {
    const bytes = new TextEncoder().encode(secret);
    const token = await createToken({
      secret: bytes,
      purpose: 'withdraw',
      signatureId: 's',
      expiresAt: inOneDay,
    });
    expect((await verifyToken(token, { secret, purpose: 'withdraw', now })).ok).toBe(true);
    await expect(
      createToken({ secret: 'short', purpose: 'confirm', signatureId: 's', expiresAt: inOneDay }),
    ).rejects.toThrow(/32 bytes/);
  });

  it('fails after any single-character change', async () => {
    const token = await confirmToken();
    await fc.assert(
      fc.asyncProperty(oneCharacterChanged(token), async (tampered) => {
        const result = await verifyToken(tampered, { secret, purpose: 'confirm', now });
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('fails after any change of the last character, whose spare bits a lax decoder ignores', async () => {
    const token = await confirmToken();
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (const c of alphabet) {
      if (c === token.at(-1)) continue;
      const result = await verifyToken(token.slice(0, -1) + c, { secret, purpose: 'confirm', now });
      expect(result.ok, c).toBe(false);
    }
  });
});
