import {
  type Challenge,
  createChallenge,
  type DeriveKeyFunction,
  verifySolution,
} from 'altcha-lib';
import { deriveKey as derivePbkdf2 } from 'altcha-lib/algorithms/web/pbkdf2';
import { deriveKey as deriveSha } from 'altcha-lib/algorithms/web/sha';
import { verifySolution as verifySolutionV1 } from 'altcha-lib/v1';

/**
 * Proof of work compatible with ALTCHA (altcha-lib is the reference implementation, and its
 * WebCrypto code is what runs here): no third party, no cookie. The registry creates a
 * challenge signed with its HMAC key; the form solves it with altcha-lib; the registry checks
 * the payload here, then remembers `replayKey` until `expiresAt` so that no payload is used twice.
 */

/** Key derivations the challenges may use: those altcha-lib implements with WebCrypto alone. */
export const PROOF_OF_WORK_ALGORITHMS = [
  'SHA-256',
  'SHA-384',
  'SHA-512',
  'PBKDF2/SHA-256',
  'PBKDF2/SHA-384',
  'PBKDF2/SHA-512',
] as const;
export type ProofOfWorkAlgorithm = (typeof PROOF_OF_WORK_ALGORITHMS)[number];

/** An ALTCHA v2 challenge, as the registry sends it to the form. */
export type ProofOfWorkChallenge = Challenge;

export interface CreateProofOfWorkOptions {
  /** The registry's HMAC secret for challenges. */
  hmacKey: string;
  /** When the challenge stops being accepted; required, so that every payload expires. */
  expiresAt: Date;
  /** Key derivation; `SHA-256` by default. */
  algorithm?: ProofOfWorkAlgorithm;
  /** Iterations of the derivation per attempt; 1 by default for SHA, as ALTCHA recommends 5,000 or more for PBKDF2. */
  cost?: number;
  /** Hex prefix the derived key must start with: each hex digit multiplies the work by 16. `00` by default. */
  keyPrefix?: string;
}

export type ProofOfWorkVerification =
  | { ok: true; version: 1 | 2; replayKey: string; expiresAt: Date }
  | { ok: false; code: 'challenge.required' | 'challenge.invalid' | 'challenge.expired' };

const MAX_PAYLOAD_LENGTH = 8192;
const SHA_ALGORITHMS: ReadonlySet<string> = new Set(['SHA-256', 'SHA-384', 'SHA-512']);
const PBKDF2_ALGORITHMS: ReadonlySet<string> = new Set([
  'PBKDF2/SHA-256',
  'PBKDF2/SHA-384',
  'PBKDF2/SHA-512',
]);

function deriveKeyFor(algorithm: unknown): DeriveKeyFunction | undefined {
  if (typeof algorithm !== 'string') return undefined;
  if (SHA_ALGORITHMS.has(algorithm)) return deriveSha;
  if (PBKDF2_ALGORITHMS.has(algorithm)) return derivePbkdf2;
  return undefined;
}

/** A new signed ALTCHA v2 challenge (what `altcha-lib`'s `createChallenge` makes). */
export async function createProofOfWorkChallenge(
  options: CreateProofOfWorkOptions,
): Promise<ProofOfWorkChallenge> {
  const algorithm = options.algorithm ?? 'SHA-256';
  const deriveKey = deriveKeyFor(algorithm);
  if (!deriveKey) throw new TypeError(`unsupported proof-of-work algorithm ${algorithm}`);
  return createChallenge({
    algorithm,
    cost: options.cost ?? (algorithm.startsWith('PBKDF2') ? 5_000 : 1),
    deriveKey,
    expiresAt: options.expiresAt,
    hmacSignatureSecret: options.hmacKey,
    ...(options.keyPrefix === undefined ? {} : { keyPrefix: options.keyPrefix }),
  });
}

function decodePayload(payload: unknown): unknown {
  if (typeof payload !== 'string') return payload;
  if (payload.length > MAX_PAYLOAD_LENGTH) return undefined;
  try {
    return JSON.parse(atob(payload));
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function verifyV2(
  challenge: Record<string, unknown>,
  solution: unknown,
  hmacKey: string,
): Promise<ProofOfWorkVerification> {
  const parameters = challenge.parameters;
  if (!isRecord(parameters) || typeof challenge.signature !== 'string' || !isRecord(solution)) {
    return { ok: false, code: 'challenge.invalid' };
  }
  const expiresAt = parameters.expiresAt;
  const deriveKey = deriveKeyFor(parameters.algorithm);
  // A challenge without expiry would be good forever: ours always have one.
  if (typeof expiresAt !== 'number' || !Number.isFinite(expiresAt) || !deriveKey) {
    return { ok: false, code: 'challenge.invalid' };
  }
  const result = await verifySolution({
    challenge: {
      parameters: parameters as unknown as Challenge['parameters'],
      signature: challenge.signature,
    },
    solution: solution as never,
    deriveKey,
    hmacSignatureSecret: hmacKey,
  });
  if (result.expired) return { ok: false, code: 'challenge.expired' };
  if (!result.verified) return { ok: false, code: 'challenge.invalid' };
  return {
    ok: true,
    version: 2,
    replayKey: `v2:${challenge.signature}`,
    expiresAt: new Date(expiresAt * 1000),
  };
}

async function verifyV1(
  payload: Record<string, unknown>,
  hmacKey: string,
): Promise<ProofOfWorkVerification> {
  const { algorithm, challenge, number, salt, signature } = payload;
  if (
    typeof algorithm !== 'string' ||
    !SHA_ALGORITHMS.has(algorithm) ||
    typeof challenge !== 'string' ||
    typeof salt !== 'string' ||
    typeof signature !== 'string' ||
    !Number.isSafeInteger(number) ||
    (number as number) < 0
  ) {
    return { ok: false, code: 'challenge.invalid' };
  }
  // v1 carries its expiry in the salt's query (`...?expires=1700000000&`).
  const query = salt.includes('?') ? salt.slice(salt.indexOf('?') + 1) : '';
  const expires = Number.parseInt(new URLSearchParams(query).get('expires') ?? '', 10);
  if (!Number.isFinite(expires)) return { ok: false, code: 'challenge.invalid' };
  if (expires * 1000 < Date.now()) return { ok: false, code: 'challenge.expired' };
  const verified = await verifySolutionV1(
    { algorithm, challenge, number: number as number, salt, signature } as never,
    hmacKey,
    true,
  );
  if (!verified) return { ok: false, code: 'challenge.invalid' };
  return {
    ok: true,
    version: 1,
    replayKey: `v1:${signature}`,
    expiresAt: new Date(expires * 1000),
  };
}

/**
 * Verifies an ALTCHA payload (the base64 string the widget puts in its form field, or the
 * decoded object), v2 (`{challenge, solution}`) or v1 (`{algorithm, challenge, number, salt,
 * signature}`), against challenges signed with `hmacKey`. Checks the signature, the work and the
 * expiry; replay protection is the caller's: store `replayKey` until `expiresAt` and refuse it
 * again with `challenge.replayed`. Never throws for a bad payload.
 */
export async function verifyProofOfWork(
  payload: unknown,
  options: { hmacKey: string },
): Promise<ProofOfWorkVerification> {
  if (!options.hmacKey) throw new TypeError('verifyProofOfWork: hmacKey is required');
  if (payload === undefined || payload === null || payload === '')
    return { ok: false, code: 'challenge.required' };
  const decoded = decodePayload(payload);
  if (!isRecord(decoded)) return { ok: false, code: 'challenge.invalid' };
  try {
    if (isRecord(decoded.challenge))
      return await verifyV2(decoded.challenge, decoded.solution, options.hmacKey);
    return await verifyV1(decoded, options.hmacKey);
  } catch {
    return { ok: false, code: 'challenge.invalid' };
  }
}
