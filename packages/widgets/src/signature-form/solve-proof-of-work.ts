import { type Challenge, solveChallenge } from 'altcha-lib';
import { deriveKey as derivePbkdf2 } from 'altcha-lib/algorithms/web/pbkdf2';
import { deriveKey as deriveSha } from 'altcha-lib/algorithms/web/sha';

/**
 * Solves the registry's proof-of-work challenge with altcha-lib (WebCrypto) and returns the
 * payload in ALTCHA's format: base64 of `{ challenge, solution }`. This module is loaded only
 * when a form needs it, in its own small file.
 */
export async function solveProofOfWork(
  challenge: Challenge,
  controller?: AbortController,
): Promise<string> {
  const deriveKey = challenge.parameters.algorithm.startsWith('PBKDF2/') ? derivePbkdf2 : deriveSha;
  const solution = await solveChallenge({ challenge, deriveKey, controller, timeout: 60_000 });
  if (!solution) throw Object.assign(new Error(), { code: 'challenge.expired' });
  const { codeChallenge: _image, ...rest } = challenge;
  return btoa(JSON.stringify({ challenge: rest, solution }));
}
