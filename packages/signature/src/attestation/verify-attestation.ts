import type { JWK } from 'jose';
import { decodeBase64Url } from '../encoding/base64url.js';
import {
  ATTESTATION_ALGORITHM,
  ATTESTATION_TYPE,
  type AttestationVerification,
  CONTENT_HASH,
  MAX_ATTESTATION_LENGTH,
  type VerifyAttestationOptions,
} from './attestation.js';

type Json = Record<string, unknown>;
const INVALID = { ok: false, code: 'attestation.invalid' } as const;
const ED25519 = { name: 'Ed25519' };

function jsonObject(bytes: Uint8Array): Json | undefined {
  try {
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Json)
      : undefined;
  } catch {
    return undefined;
  }
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isNumericDate = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const optionalString = (value: unknown): string | undefined =>
  isString(value) ? value : undefined;

/** The published keys that may have signed under this key id: Ed25519, for signatures. */
function candidateKeys(jwks: VerifyAttestationOptions['jwks'], kid: string): JWK[] {
  const keys: unknown = (jwks as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys)) return [];
  return (keys as JWK[]).filter(
    (key) =>
      typeof key === 'object' &&
      key !== null &&
      key.kty === 'OKP' &&
      key.crv === 'Ed25519' &&
      key.kid === kid &&
      isString(key.x) &&
      (key.alg === undefined || key.alg === ATTESTATION_ALGORITHM) &&
      (key.use === undefined || key.use === 'sig'),
  );
}

async function signedBy(
  key: JWK,
  signature: Uint8Array<ArrayBuffer>,
  data: Uint8Array<ArrayBuffer>,
): Promise<boolean> {
  try {
    const publicKey = await crypto.subtle.importKey(
      'jwk',
      { kty: 'OKP', crv: 'Ed25519', x: key.x },
      ED25519,
      false,
      ['verify'],
    );
    return await crypto.subtle.verify(ED25519, publicKey, signature, data);
  } catch {
    return false; // a malformed public key verifies nothing
  }
}

/**
 * Verifies a badge attestation against the registry's JWKS, in the browser as on a server, with
 * WebCrypto alone (Ed25519). Every part must be canonical base64url; the header `EdDSA`, with a
 * key id the set publishes and the attestation's `typ`, and no `crit`; the signature one of that
 * key; the claims complete (`iss`, `sub`, `jti`, `iat`, `manifesto`, `signedAt`) and not expired.
 * Never throws. Codes: `attestation.unknown_key` (no published key has that id),
 * `attestation.expired` (a genuine attestation past its `exp`), else `attestation.invalid`.
 */
export async function verifyAttestation(
  attestation: unknown,
  options: VerifyAttestationOptions,
): Promise<AttestationVerification> {
  try {
    if (typeof attestation !== 'string' || attestation.length > MAX_ATTESTATION_LENGTH)
      return INVALID;
    const parts = attestation.split('.');
    if (parts.length !== 3) return INVALID;
    const [headerBytes, payloadBytes, signature] = parts.map(decodeBase64Url);
    if (!headerBytes || !payloadBytes || !signature) return INVALID;
    const header = jsonObject(headerBytes);
    if (!header || header.alg !== ATTESTATION_ALGORITHM || 'crit' in header) return INVALID;
    const kid = header.kid;
    if (!isString(kid)) return INVALID;
    const keys = candidateKeys(options.jwks, kid);
    if (keys.length === 0) return { ok: false, code: 'attestation.unknown_key' };
    const data = new TextEncoder().encode(`${parts[0]}.${parts[1]}`);
    let genuine = false;
    for (const key of keys) if (!genuine) genuine = await signedBy(key, signature, data);
    if (!genuine) return INVALID;

    const payload = jsonObject(payloadBytes);
    if (!payload || header.typ !== ATTESTATION_TYPE) return INVALID;
    const { iss, sub, jti, iat, exp, nbf, manifesto, signedAt } = payload;
    if (!isString(iss) || !isString(sub) || !isString(jti) || !isNumericDate(iat)) return INVALID;
    if (exp !== undefined && !isNumericDate(exp)) return INVALID;
    if (options.issuer !== undefined && iss !== options.issuer) return INVALID;
    const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
    if (nbf !== undefined && (!isNumericDate(nbf) || nbf > now)) return INVALID;
    if (
      typeof manifesto !== 'object' ||
      manifesto === null ||
      !isString((manifesto as Json).id) ||
      !isString((manifesto as Json).contentHash) ||
      !CONTENT_HASH.test((manifesto as Json).contentHash as string) ||
      !isString(signedAt)
    )
      return INVALID;
    const attested = manifesto as { id: string; contentHash: string };
    const expected = options.manifesto;
    if (
      expected &&
      (expected.id !== attested.id ||
        (expected.contentHash !== undefined && expected.contentHash !== attested.contentHash))
    )
      return INVALID;
    const slug = optionalString(payload.slug);
    if (options.slug !== undefined && slug !== options.slug) return INVALID;
    if (exp !== undefined && exp <= now) return { ok: false, code: 'attestation.expired' };
    const name = optionalString(payload.name);
    const website = optionalString(payload.website);
    return {
      ok: true,
      attestation: {
        signatureId: jti,
        subject: sub,
        ...(slug === undefined ? {} : { slug }),
        ...(name === undefined ? {} : { name }),
        ...(website === undefined ? {} : { website }),
        manifesto: { id: attested.id, contentHash: attested.contentHash },
        signedAt,
        issuer: iss,
        keyId: kid,
        issuedAt: new Date(iat * 1000),
        ...(exp === undefined ? {} : { expiresAt: new Date(exp * 1000) }),
      },
    };
  } catch {
    return INVALID; // the contract is never to throw
  }
}
