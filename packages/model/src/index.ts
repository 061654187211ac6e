/**
 * @plateformcoop/model: the domain of the PlateformCoop manifesto, as zod/mini schemas (the one
 * source of truth), the types inferred from them, a `parseX` / `safeParseX` pair per entity,
 * the words of every closed list, and the reference data (the manifesto, its commitments, the
 * platforms it names, the organisations behind it).
 */
import { Counter } from './counter/counter.schema.js';
import { Commitment, CommitmentGroup } from './manifesto/commitment.schema.js';
import { Manifesto } from './manifesto/manifesto.schema.js';
import { parsePair } from './parse-pair.js';
import { Platform, PlatformProfile, PlatformWithStatus } from './platform/platform.schema.js';
import { CampaignOrganization } from './reference/campaign-organizations.js';
import { Collectivity } from './signatory/collectivity.schema.js';
import { Individual } from './signatory/individual.schema.js';
import { Organization } from './signatory/organization.schema.js';
import { Representative } from './signatory/representative.schema.js';
import { Signatory } from './signatory/signatory.schema.js';
import { Consents } from './signature/consents.schema.js';
import { PublicSignatory } from './signature/public-signatory.schema.js';
import { Signature } from './signature/signature.schema.js';
import { SignatureSubmission } from './signature/signature-submission.schema.js';

export * from './counter/counter.schema.js';
export * from './manifesto/commitment.schema.js';
export * from './manifesto/content-hash.js';
export * from './manifesto/manifesto.schema.js';
export * from './platform/platform.schema.js';
export * from './primitives/identifiers.js';
export * from './primitives/text.js';
export * from './primitives/web.js';
export * from './reference/campaign-organizations.js';
export { commitmentGroups, commitments } from './reference/commitments.js';
export {
  manifestos,
  PLATEFORMCOOP_2023,
  plateformcoop2023,
} from './reference/plateformcoop-2023.js';
export { platforms } from './reference/platforms.js';
export * from './signatory/collectivity.schema.js';
export * from './signatory/individual.schema.js';
export * from './signatory/organization.schema.js';
export * from './signatory/representative.schema.js';
export * from './signatory/signatory.schema.js';
export * from './signatory/signatory-kind.js';
export * from './signature/consents.schema.js';
export * from './signature/public-signatory.schema.js';
export * from './signature/signature.schema.js';
export * from './signature/signature-status.js';
export * from './signature/signature-submission.schema.js';
export * from './vocabulary/index.js';
export { parsePair };

export const [parseManifesto, safeParseManifesto] = parsePair(Manifesto);
export const [parseCommitment, safeParseCommitment] = parsePair(Commitment);
export const [parseCommitmentGroup, safeParseCommitmentGroup] = parsePair(CommitmentGroup);
export const [parseCollectivity, safeParseCollectivity] = parsePair(Collectivity);
export const [parseRepresentative, safeParseRepresentative] = parsePair(Representative);
export const [parseOrganization, safeParseOrganization] = parsePair(Organization);
export const [parseIndividual, safeParseIndividual] = parsePair(Individual);
export const [parseSignatory, safeParseSignatory] = parsePair(Signatory);
export const [parsePlatform, safeParsePlatform] = parsePair(Platform);
export const [parsePlatformProfile, safeParsePlatformProfile] = parsePair(PlatformProfile);
export const [parsePlatformWithStatus, safeParsePlatformWithStatus] = parsePair(PlatformWithStatus);
export const [parseConsents, safeParseConsents] = parsePair(Consents);
export const [parseSignatureSubmission, safeParseSignatureSubmission] =
  parsePair(SignatureSubmission);
export const [parseSignature, safeParseSignature] = parsePair(Signature);
export const [parsePublicSignatory, safeParsePublicSignatory] = parsePair(PublicSignatory);
export const [parseCounter, safeParseCounter] = parsePair(Counter);
export const [parseCampaignOrganization, safeParseCampaignOrganization] =
  parsePair(CampaignOrganization);

/**
 * Every public entity by name: what the JSON Schema files in `dist/schemas/` are generated from.
 */
export const publicSchemas = {
  Manifesto,
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
  SignatureSubmission,
  Signature,
  PublicSignatory,
  Counter,
  CampaignOrganization,
} as const;
