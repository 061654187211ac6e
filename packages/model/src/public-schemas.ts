/** Every public entity by name: what the JSON Schema files in `dist/schemas/` are generated from. */
import { Counter } from './counter/counter.schema.js';
import { Commitment, CommitmentGroup } from './manifesto/commitment.schema.js';
import { Manifesto, ManifestoDefinition } from './manifesto/manifesto.schema.js';
import { Platform, PlatformProfile, PlatformWithStatus } from './platform/platform.schema.js';
import { CampaignOrganization } from './reference/campaign-organizations.js';
import { Collectivity } from './signatory/collectivity.schema.js';
import { Individual } from './signatory/individual.schema.js';
import { Organization } from './signatory/organization.schema.js';
import { Representative } from './signatory/representative.schema.js';
import { Signatory } from './signatory/signatory.schema.js';
import { Consents } from './signature/consents.schema.js';
import { Deliberation } from './signature/deliberation.schema.js';
import { PublicSignatory } from './signature/public-signatory.schema.js';
import { Signature } from './signature/signature.schema.js';
import { SignatureSubmission } from './signature/signature-submission.schema.js';

export const publicSchemas = {
  Manifesto,
  ManifestoDefinition,
  Commitment,
  CommitmentGroup,
  Collectivity,
  Representative,
  Organization,
  Individual,
  Signatory,
  Platform,
  PlatformProfile,
  PlatformWithStatus,
  Consents,
  Deliberation,
  SignatureSubmission,
  Signature,
  PublicSignatory,
  Counter,
  CampaignOrganization,
} as const;
