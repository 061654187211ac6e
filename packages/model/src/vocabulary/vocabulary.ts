import type { LegalForm, PlatformSector } from '../platform/platform.schema.js';
import type { CollectivityType, EpciType } from '../signatory/collectivity.schema.js';
import type { OrganizationType } from '../signatory/organization.schema.js';
import type { RepresentativeRole } from '../signatory/representative.schema.js';
import type { SignatoryKind } from '../signatory/signatory-kind.schema.js';
import type { SignatureStatus } from '../signature/signature-status.schema.js';

/**
 * The words for every closed list of the model, in one language. Adding a language is adding a
 * file that satisfies this type; the compiler lists whatever it lacks.
 */
export interface Vocabulary {
  signatoryKind: Record<SignatoryKind, string>;
  collectivityType: Record<CollectivityType, string>;
  epciType: Record<EpciType, string>;
  representativeRole: Record<RepresentativeRole, string>;
  organizationType: Record<OrganizationType, string>;
  platformSector: Record<PlatformSector, string>;
  legalForm: Record<LegalForm, string>;
  signatureStatus: Record<SignatureStatus, string>;
}
