import { exportJWK, generateKeyPair, importJWK, type JSONWebKeySet, type JWK, SignJWT } from 'jose';
import {
  ATTESTATION_ALGORITHM,
  ATTESTATION_TYPE,
  type AttestationStatement,
} from './attestation.js';

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

/**
 * Signs a badge attestation (server side): a compact JWS (a JWT) with header
 * `{"alg":"EdDSA","kid":keyId,"typ":"plateformcoop-attestation+jwt"}` and claims `iss`, `sub`,
 * `jti`, `iat`, optional `exp`, `slug`, `name`, `website`, and `manifesto: {id, contentHash}`,
 * `signedAt`.
 */
export async function signAttestation(
  statement: AttestationStatement,
  options: SignAttestationOptions,
): Promise<string> {
  const key =
    'kty' in options.privateKey
      ? await importJWK(options.privateKey, ATTESTATION_ALGORITHM)
      : options.privateKey;
  const claims: Record<string, unknown> = {
    manifesto: { id: statement.manifesto.id, contentHash: statement.manifesto.contentHash },
    signedAt: statement.signedAt,
  };
  if (statement.slug !== undefined) claims.slug = statement.slug;
  if (statement.name !== undefined) claims.name = statement.name;
  if (statement.website !== undefined) claims.website = statement.website;
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: ATTESTATION_ALGORITHM, kid: options.keyId, typ: ATTESTATION_TYPE })
    .setIssuer(options.issuer)
    .setSubject(statement.subject)
    .setJti(statement.signatureId)
    .setIssuedAt(options.issuedAt ?? new Date());
  if (options.expiresAt) jwt.setExpirationTime(options.expiresAt);
  return jwt.sign(key);
}

/** A new Ed25519 key pair for attestations, as JWKs carrying the key id. */
export async function generateAttestationKeyPair(
  keyId: string,
): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair(ATTESTATION_ALGORITHM, {
    crv: 'Ed25519',
    extractable: true,
  });
  const meta = { kid: keyId, alg: ATTESTATION_ALGORITHM, use: 'sig' };
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
