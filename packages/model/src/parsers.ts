/**
 * A `parseX` (throws a ZodError) and a `safeParseX` (returns `{ success, data | error }`) per
 * public entity. Each is marked pure, so that a bundle keeps only the ones it calls.
 */
import { Counter } from './counter/counter.schema.js';
import { Commitment, CommitmentGroup } from './manifesto/commitment.schema.js';
import { Manifesto } from './manifesto/manifesto.schema.js';
import { parserOf, safeParserOf } from './parse-pair.js';
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

export const parseManifesto = /* @__PURE__ */ parserOf(Manifesto);
export const safeParseManifesto = /* @__PURE__ */ safeParserOf(Manifesto);
export const parseCommitment = /* @__PURE__ */ parserOf(Commitment);
export const safeParseCommitment = /* @__PURE__ */ safeParserOf(Commitment);
export const parseCommitmentGroup = /* @__PURE__ */ parserOf(CommitmentGroup);
export const safeParseCommitmentGroup = /* @__PURE__ */ safeParserOf(CommitmentGroup);
export const parseCollectivity = /* @__PURE__ */ parserOf(Collectivity);
export const safeParseCollectivity = /* @__PURE__ */ safeParserOf(Collectivity);
export const parseRepresentative = /* @__PURE__ */ parserOf(Representative);
export const safeParseRepresentative = /* @__PURE__ */ safeParserOf(Representative);
export const parseOrganization = /* @__PURE__ */ parserOf(Organization);
export const safeParseOrganization = /* @__PURE__ */ safeParserOf(Organization);
export const parseIndividual = /* @__PURE__ */ parserOf(Individual);
export const safeParseIndividual = /* @__PURE__ */ safeParserOf(Individual);
export const parseSignatory = /* @__PURE__ */ parserOf(Signatory);
export const safeParseSignatory = /* @__PURE__ */ safeParserOf(Signatory);
export const parsePlatform = /* @__PURE__ */ parserOf(Platform);
export const safeParsePlatform = /* @__PURE__ */ safeParserOf(Platform);
export const parsePlatformProfile = /* @__PURE__ */ parserOf(PlatformProfile);
export const safeParsePlatformProfile = /* @__PURE__ */ safeParserOf(PlatformProfile);
export const parsePlatformWithStatus = /* @__PURE__ */ parserOf(PlatformWithStatus);
export const safeParsePlatformWithStatus = /* @__PURE__ */ safeParserOf(PlatformWithStatus);
export const parseConsents = /* @__PURE__ */ parserOf(Consents);
export const safeParseConsents = /* @__PURE__ */ safeParserOf(Consents);
export const parseSignatureSubmission = /* @__PURE__ */ parserOf(SignatureSubmission);
export const safeParseSignatureSubmission = /* @__PURE__ */ safeParserOf(SignatureSubmission);
export const parseSignature = /* @__PURE__ */ parserOf(Signature);
export const safeParseSignature = /* @__PURE__ */ safeParserOf(Signature);
export const parsePublicSignatory = /* @__PURE__ */ parserOf(PublicSignatory);
export const safeParsePublicSignatory = /* @__PURE__ */ safeParserOf(PublicSignatory);
export const parseCounter = /* @__PURE__ */ parserOf(Counter);
export const safeParseCounter = /* @__PURE__ */ safeParserOf(Counter);
export const parseCampaignOrganization = /* @__PURE__ */ parserOf(CampaignOrganization);
export const safeParseCampaignOrganization = /* @__PURE__ */ safeParserOf(CampaignOrganization);
