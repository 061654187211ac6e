import { createChallenge, solveChallenge } from 'altcha-lib';
import { deriveKey as deriveSha } from 'altcha-lib/algorithms/web/sha';
import {
  createChallenge as createChallengeV1,
  solveChallenge as solveChallengeV1,
} from 'altcha-lib/v1';
import { describe, expect, it } from 'vitest';
import { createProofOfWorkChallenge, verifyProofOfWork } from './proof-of-work.js';

const hmacKey = 'pow-secret-for-tests-0123456789abcdef';
const inOneMinute = () => new Date(Date.now() + 60_000);

/** What the ALTCHA widget posts: base64 of the JSON of the challenge and its solution. */
async function solvedPayload(challenge: Awaited<ReturnType<typeof createProofOfWorkChallenge>>) {
  const solution = await solveChallenge({ challenge, deriveKey: deriveSha, timeout: 10_000 });
  if (!solution) throw new Error('unsolved');
  return { challenge, solution, payload: btoa(JSON.stringify({ challenge, solution })) };
}

describe('verifyProofOfWork, ALTCHA v2', () => {
  it('accepts a challenge it signed, solved by altcha-lib, and gives a replay key', async () => {
    const challenge = await createProofOfWorkChallenge({ hmacKey, expiresAt: inOneMinute() });
    const { payload } = await solvedPayload(challenge);
    const result = await verifyProofOfWork(payload, { hmacKey });
    expect(result).toMatchObject({ ok: true, version: 2, replayKey: `v2:${challenge.signature}` });
    if (result.ok) expect(result.expiresAt.getTime()).toBe(challenge.parameters.expiresAt! * 1000);
  });

  it('accepts the decoded object as well as the base64 string', async () => {
    const { challenge, solution } = await solvedPayload(
      await createProofOfWorkChallenge({ hmacKey, expiresAt: inOneMinute() }),
    );
    expect((await verifyProofOfWork({ challenge, solution }, { hmacKey })).ok).toBe(true);
  });

  it('refuses a challenge signed with another key', async () => {
    const challenge = await createProofOfWorkChallenge({
      hmacKey: 'another-key-0123456789',
      expiresAt: inOneMinute(),
    });
    const { payload } = await solvedPayload(challenge);
    expect(await verifyProofOfWork(payload, { hmacKey })).toEqual({
      ok: false,
      code: 'challenge.invalid',
    });
  });

  it('refuses a wrong solution and tampered parameters', async () => {
    const { challenge, solution } = await solvedPayload(
      await createProofOfWorkChallenge({ hmacKey, expiresAt: inOneMinute() }),
    );
    const wrongCounter = { challenge, solution: { ...solution, counter: solution.counter + 1 } };
    expect(await verifyProofOfWork(wrongCounter, { hmacKey })).toEqual({
      ok: false,
      code: 'challenge.invalid',
    });
    const easier = {
      challenge: { ...challenge, parameters: { ...challenge.parameters, keyPrefix: '0' } },
      solution,
    };
    expect(await verifyProofOfWork(easier, { hmacKey })).toEqual({
      ok: false,
      code: 'challenge.invalid',
    });
  });

  it('refuses an expired challenge', async () => {
    const challenge = await createChallenge({
      algorithm: 'SHA-256',
      cost: 1,
      deriveKey: deriveSha,
      expiresAt: Math.floor(Date.now() / 1000) - 10,
      hmacSignatureSecret: hmacKey,
    });
    const { payload } = await solvedPayload(challenge);
    expect(await verifyProofOfWork(payload, { hmacKey })).toEqual({
      ok: false,
      code: 'challenge.expired',
    });
  });

  it('refuses a challenge without expiry, which would be good forever', async () => {
    const challenge = await createChallenge({
      algorithm: 'SHA-256',
      cost: 1,
      deriveKey: deriveSha,
      hmacSignatureSecret: hmacKey,
    });
    const { payload } = await solvedPayload(challenge);
    expect(await verifyProofOfWork(payload, { hmacKey })).toEqual({
      ok: false,
      code: 'challenge.invalid',
    });
  });
});

describe('verifyProofOfWork, ALTCHA v1', () => {
  async function v1Payload(expires: Date) {
    const challenge = await createChallengeV1({ hmacKey, maxnumber: 1000, expires });
    const solution = await solveChallengeV1(
      challenge.challenge,
      challenge.salt,
      challenge.algorithm,
      1000,
    ).promise;
    return btoa(JSON.stringify({ ...challenge, number: solution!.number }));
  }

  it('accepts a solved v1 challenge with expiry', async () => {
    const result = await verifyProofOfWork(await v1Payload(inOneMinute()), { hmacKey });
    expect(result).toMatchObject({ ok: true, version: 1 });
  });

  it('refuses an expired v1 challenge and a wrong number', async () => {
    expect(
      await verifyProofOfWork(await v1Payload(new Date(Date.now() - 10_000)), { hmacKey }),
    ).toEqual({
      ok: false,
      code: 'challenge.expired',
    });
    const decoded = JSON.parse(atob(await v1Payload(inOneMinute())));
    const wrong = btoa(JSON.stringify({ ...decoded, number: decoded.number + 1 }));
    expect(await verifyProofOfWork(wrong, { hmacKey })).toEqual({
      ok: false,
      code: 'challenge.invalid',
    });
  });
});

describe('verifyProofOfWork, anything else', () => {
  it.each([undefined, null, ''])('asks for the proof when it is missing (%s)', async (missing) => {
    expect(await verifyProofOfWork(missing, { hmacKey })).toEqual({
      ok: false,
      code: 'challenge.required',
    });
  });

  it.each([
    42,
    'not base64!',
    btoa('not json'),
    btoa('[]'),
    btoa('{}'),
    'A'.repeat(20_000),
    { challenge: 'x' },
    { challenge: {} },
  ])('refuses garbage (%s) without throwing', async (garbage) => {
    expect(await verifyProofOfWork(garbage, { hmacKey })).toEqual({
      ok: false,
      code: 'challenge.invalid',
    });
  });

  it('throws on a missing key, a configuration error rather than bad input', async () => {
    await expect(verifyProofOfWork('x', { hmacKey: '' })).rejects.toThrow(TypeError);
  });
});
