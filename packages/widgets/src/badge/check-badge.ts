import { type VerifiedAttestation, verifyAttestation } from '@plateformcoop/signature';
import { pageMatchesWebsite } from './page-domain.js';

export type BadgeCheck =
  | { verified: true; attestation: VerifiedAttestation }
  | { verified: false; reason: string };

export interface BadgeCheckOptions {
  /** The registry's published keys (`/.well-known/jwks.json`). */
  jwks: Parameters<typeof verifyAttestation>[1]['jwks'];
  /** The manifesto the badge is about. */
  manifesto: string;
  /** The platform the badge is about (its slug in the registry). */
  platform: string;
  /** The host name of the page showing the badge. */
  pageHostname: string;
}

/**
 * Whether a badge may say "signed": the attestation's Ed25519 signature checks out against the
 * registry's keys, it is about this manifesto and this platform, and the page sits on the
 * website it attests. The reason of a refusal is a stable code (`attestation.invalid`,
 * `attestation.expired`, `attestation.unknown_key`, `badge.platform_mismatch`,
 * `badge.domain_mismatch`).
 */
export async function checkBadge(jws: string, options: BadgeCheckOptions): Promise<BadgeCheck> {
  const result = await verifyAttestation(jws.trim(), {
    jwks: options.jwks,
    manifesto: { id: options.manifesto },
  });
  if (!result.ok) return { verified: false, reason: result.code };
  // Another platform's genuine attestation, served for this slug, must not vouch for it.
  if (result.attestation.slug !== options.platform) {
    return { verified: false, reason: 'badge.platform_mismatch' };
  }
  if (!pageMatchesWebsite(options.pageHostname, result.attestation.website)) {
    return { verified: false, reason: 'badge.domain_mismatch' };
  }
  return { verified: true, attestation: result.attestation };
}
