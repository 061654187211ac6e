import type { SignatureSubmission } from '@plateformcoop/model';
import { canonicalEmail } from './canonical-email.js';
import { registrableDomain } from './registrable-domain.js';

/** Collectivity types identified by their commune's INSEE code rather than a SIREN. */
const BY_INSEE_CODE: ReadonlySet<string> = new Set([
  'commune',
  'commune-deleguee',
  'commune-associee',
]);

/**
 * The deduplication key of a (validated, normalised) submission: one entity signs a manifesto
 * once, so the registry keeps `(manifestoId, signatureKey)` unique. Keys name the identifier
 * they come from:
 *
 * - a commune, commune déléguée or commune associée: `insee:<INSEE code>` (`insee:59350`),
 *   its own code even when it belongs to a commune nouvelle;
 * - any other collectivity, and a platform or organisation that gave one: `siren:<SIREN>`
 *   (one legal person signs once, whatever it signs as);
 * - a platform or organisation without SIREN: `domain:<registrable domain of its website>`
 *   (`domain:mobicoop.fr`), else `contact:<canonical e-mail of its representative>`;
 * - an individual: `email:<canonical e-mail>` (see `canonicalEmail`).
 */
export function signatureKey(submission: Pick<SignatureSubmission, 'signatory'>): string {
  const signatory = submission.signatory;
  switch (signatory.kind) {
    case 'collectivity': {
      const { type, inseeCode, siren } = signatory.collectivity;
      if (BY_INSEE_CODE.has(type) && inseeCode) return `insee:${inseeCode}`;
      if (siren) return `siren:${siren}`;
      if (inseeCode) return `insee:${inseeCode}`;
      return `contact:${canonicalEmail(signatory.representative.email)}`;
    }
    case 'platform':
    case 'organization': {
      const entity = signatory.kind === 'platform' ? signatory.platform : signatory.organization;
      if (entity.siren) return `siren:${entity.siren}`;
      const domain = entity.website ? registrableDomain(entity.website) : undefined;
      if (domain) return `domain:${domain}`;
      return `contact:${canonicalEmail(signatory.representative.email)}`;
    }
    case 'individual':
      return `email:${canonicalEmail(signatory.individual.email)}`;
  }
}
