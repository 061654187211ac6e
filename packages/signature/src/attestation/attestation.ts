import type { JSONWebKeySet } from 'jose';

/** The JWS `typ` of an attestation, so that no other JWT signed by the same key passes for one. */
export const ATTESTATION_TYPE = 'plateformcoop-attestation+jwt';
/** EdDSA over Ed25519: small signatures, verified by WebCrypto in every current browser. */
export const ATTESTATION_ALGORITHM = 'EdDSA';
/** Longer than any attestation the registry signs: a bound on the work a badge does. */
export const MAX_ATTESTATION_LENGTH = 4096;
/** The manifesto's content hash, as the model writes it. */
export const CONTENT_HASH = /^sha256:[0-9a-f]{64}$/;

/** What an attestation states: this signatory signed this manifesto then. */
export interface AttestationStatement {
  /** The signature's id in the registry (`jti`). */
  signatureId: string;
  /** Who signed: the platform's deduplication key, e.g. `domain:mobicoop.fr` (`sub`). */
  subject: string;
  /** The platform's slug in the registry (`slug`), so a badge can check it shows the right one. */
  slug?: string;
  /** The platform's public name, as the badge shows it. */
  name?: string;
  /** The platform's website, so a badge can check the page it sits on. */
  website?: string;
  /** The manifesto, by id and by the hash of the exact text signed. */
  manifesto: { id: string; contentHash: string };
  /** When the signature was confirmed (UTC ISO instant). */
  signedAt: string;
}

export interface VerifyAttestationOptions {
  /** The registry's published keys (its `/.well-known/jwks.json`). */
  jwks: JSONWebKeySet;
  /** The registry expected to have issued it. */
  issuer?: string;
  /** The manifesto the badge is about: an attestation of another one is refused. */
  manifesto?: { id: string; contentHash?: string };
  /** The platform the badge is about (its slug): an attestation of another one is refused. */
  slug?: string;
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
