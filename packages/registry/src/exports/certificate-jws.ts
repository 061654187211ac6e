import { SignJWT } from 'jose';
import { SIGNING_ALGORITHM, type SigningKey } from '../keys/signing-keys.js';
import type { CertificateFacts } from './certificate.js';

/** The JOSE `typ` of a certificate, apart from the platforms' attestations. */
export const CERTIFICATE_TYPE = 'plateformcoop-certificate+jwt';

/**
 * A certificate's facts signed by the registry's Ed25519 key, as a compact JWS (a JWT) that any
 * JOSE library verifies against the registry's JWKS: header
 * `{"alg":"EdDSA","kid":…,"typ":"plateformcoop-certificate+jwt"}`, claims `iss` (the registry's
 * public URL), `sub` and `jti` (the signature's public id), `iat` (when these facts were read:
 * the state is the one of that moment), and the facts (`signatory`, `manifesto`, `commitments`,
 * `signedAt`, `publishedAt`, `channel`, `deliberation`, `state`, `url`), the words left out.
 */
export async function signCertificate(
  facts: CertificateFacts,
  key: Pick<SigningKey, 'kid' | 'privateKey'>,
  issuer: string,
  issuedAt: Date,
): Promise<string> {
  return new SignJWT({
    url: facts.url,
    signatory: facts.signatory,
    manifesto: facts.manifesto,
    commitments: facts.commitments.map((c) => c.id),
    signedAt: facts.signedAt,
    publishedAt: facts.publishedAt,
    channel: facts.channel,
    ...(facts.deliberation ? { deliberation: facts.deliberation } : {}),
    state: facts.state,
  })
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: key.kid, typ: CERTIFICATE_TYPE })
    .setIssuer(issuer)
    .setSubject(facts.id)
    .setJti(facts.id)
    .setIssuedAt(issuedAt)
    .sign(key.privateKey);
}
