import {
  createLocalJWKSet,
  errors,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JSONWebKeySet,
  type JWK,
  jwtVerify,
  SignJWT,
} from 'jose';
import { isCanonicalBase64Url } from '../encoding/base64url.js';

/** The JWS `typ` of an attestation, so that no other JWT signed by the same key passes for one. */
export const ATTESTATION_TYPE = 'plateformcoop-attestation+jwt';
/** EdDSA over Ed25519: small signatures, verified by WebCrypto in every current browser. */
const ALGORITHM = 'EdDSA';
const MAX_ATTESTATION_LENGTH = 4096;
const CONTENT_HASH = /^sha256:[0-9a-f]{64}$/;

/** What an attestation states: this signatory signed this manifesto then. */
export interface AttestationStatement {
  /** The signature's id in the registry (`jti`). */
  signatureId: string;
  /** Who signed: the platform's deduplication key, e.g. `domain:mobicoop.fr` (`sub`). */
  subject: string;
  /** The platform's public name, as the badge shows it. */
  name?: string;
  /** The platform's website, so a badge can check the page it sits on. */
  website?: string;
  /** The manifesto, by id and by the hash of the exact text signed. */
  manifesto: { id: string; contentHash: string };
  /** When the signature was confirmed (UTC ISO instant). */
  signedAt: string;
}

export interface SignAttestationOptions {
  /** The registry's Ed25519 private key, as a WebCrypto key or a private JWK. */
  privateKey: CryptoKey | JWK;
  /** The key id published in the registry's JWKS (`kid`). */
  keyId: string;
  /** The registry's public URL (`iss`). */
  issuer: string;
  issuedAt?: Date;
  /** Optional end of validity (`exp`); attestations are otherwise revoked by the registry. */
  expiresAt?: Date;
}

export interface VerifyAttestationOptions {
  /** The registry's published keys (its `/.well-known/jwks.json`). */
  jwks: JSONWebKeySet;
  /** The registry expected to have issued it. */
  issuer?: string;
  /** The manifesto the badge is about: an attestation of another one is refused. */
  manifesto?: { id: string; contentHash?: string };
  now?: Date;
}

export interface VerifiedAttestation extends AttestationStatement {
  issuer: string;
  keyId: string;
  issuedAt: Date;
  expiresAt?: Date;
}

export type AttestationVerification =
  | { ok: true; attestation: VerifiedAttestation }
  | { ok: false; code: 'attestation.invalid' | 'attestation.expired' | 'attestation.unknown_key' };

/**
 * Signs a badge attestation: a compact JWS (a JWT) with header
 * `{"alg":"EdDSA","kid":keyId,"typ":"plateformcoop-attestation+jwt"}` and claims `iss`, `sub`,
 * `jti`, `iat`, optional `exp`, `name`, `website`, and `manifesto: {id, contentHash}`,
 * `signedAt`.
 */
export async function signAttestation(
  statement: AttestationStatement,
  options: SignAttestationOptions,
): Promise<string> {
  const key =
    'kty' in options.privateKey
      ? await importJWK(options.privateKey, ALGORITHM)
      : options.privateKey;
  const claims: Record<string, unknown> = {
    manifesto: { id: statement.manifesto.id, contentHash: statement.manifesto.contentHash },
    signedAt: statement.signedAt,
  };
  if (statement.name !== undefined) claims.name = statement.name;
  if (statement.website !== undefined) claims.website = statement.website;
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: ALGORITHM, kid: options.keyId, typ: ATTESTATION_TYPE })
    .setIssuer(options.issuer)
    .setSubject(statement.subject)
    .setJti(statement.signatureId)
    .setIssuedAt(options.issuedAt ?? new Date());
  if (options.expiresAt) jwt.setExpirationTime(options.expiresAt);
  return jwt.sign(key);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * Verifies a badge attestation against the registry's JWKS, in the browser as on a server.
 * Every part must be canonical base64url, the signature EdDSA by a key of the set, the type
 * an attestation's, and the claims complete. Never throws.
 */
export async function verifyAttestation(
  attestation: unknown,
  options: VerifyAttestationOptions,
): Promise<AttestationVerification> {
  const invalid = { ok: false, code: 'attestation.invalid' } as const;
  if (typeof attestation !== 'string' || attestation.length > MAX_ATTESTATION_LENGTH)
    return invalid;
  const parts = attestation.split('.');
  if (parts.length !== 3 || !parts.every(isCanonicalBase64Url)) return invalid;
  try {
    const { payload, protectedHeader } = await jwtVerify(
      attestation,
      createLocalJWKSet(options.jwks),
      {
        algorithms: [ALGORITHM],
        typ: ATTESTATION_TYPE,
        requiredClaims: ['iss', 'sub', 'jti', 'iat'],
        ...(options.issuer === undefined ? {} : { issuer: options.issuer }),
        ...(options.now === undefined ? {} : { currentDate: options.now }),
      },
    );
    const manifesto = payload.manifesto as Record<string, unknown> | undefined;
    const signedAt = payload.signedAt;
    if (
      typeof manifesto !== 'object' ||
      manifesto === null ||
      typeof manifesto.id !== 'string' ||
      typeof manifesto.contentHash !== 'string' ||
      !CONTENT_HASH.test(manifesto.contentHash) ||
      typeof signedAt !== 'string' ||
      typeof protectedHeader.kid !== 'string'
    ) {
      return invalid;
    }
    const expected = options.manifesto;
    if (
      expected &&
      (expected.id !== manifesto.id ||
        (expected.contentHash !== undefined && expected.contentHash !== manifesto.contentHash))
    ) {
      return invalid;
    }
    const name = optionalString(payload.name);
    const website = optionalString(payload.website);
    return {
      ok: true,
      attestation: {
        signatureId: payload.jti!,
        subject: payload.sub!,
        ...(name === undefined ? {} : { name }),
        ...(website === undefined ? {} : { website }),
        manifesto: { id: manifesto.id, contentHash: manifesto.contentHash },
        signedAt,
        issuer: payload.iss!,
        keyId: protectedHeader.kid,
        issuedAt: new Date(payload.iat! * 1000),
        ...(payload.exp === undefined ? {} : { expiresAt: new Date(payload.exp * 1000) }),
      },
    };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { ok: false, code: 'attestation.expired' };
    if (error instanceof errors.JWKSNoMatchingKey)
      return { ok: false, code: 'attestation.unknown_key' };
    return invalid;
  }
}

/** A new Ed25519 key pair for attestations, as JWKs carrying the key id. */
export async function generateAttestationKeyPair(
  keyId: string,
): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, {
    crv: 'Ed25519',
    extractable: true,
  });
  const meta = { kid: keyId, alg: ALGORITHM, use: 'sig' };
  return {
    privateJwk: { ...(await exportJWK(privateKey)), ...meta },
    publicJwk: { ...(await exportJWK(publicKey)), ...meta },
  };
}

/** The JWKS to publish: the public part of each key, private members dropped. */
export function attestationJwks(keys: readonly JWK[]): JSONWebKeySet {
  return {
    keys: keys.map(({ kty, crv, x, kid, alg, use }) => ({ kty: kty!, crv, x, kid, alg, use })),
  };
}
