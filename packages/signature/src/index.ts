/**
 * @plateformcoop/signature: the rules of a signature of the PlateformCoop manifesto, the same
 * in the form (browser) and in the registry (server, edge): validation with localised messages,
 * French identifiers, normalisation, the deduplication key, the lifecycle, link tokens, badge
 * attestations and proof of work. No Node built-ins: WebCrypto and the web platform only.
 */

// Badge attestations
export {
  ATTESTATION_TYPE,
  type AttestationStatement,
  type AttestationVerification,
  type VerifiedAttestation,
  type VerifyAttestationOptions,
} from './attestation/attestation.js';
export {
  attestationJwks,
  generateAttestationKeyPair,
  type SignAttestationOptions,
  signAttestation,
} from './attestation/sign-attestation.js';
export { verifyAttestation } from './attestation/verify-attestation.js';
// Encoding
export { decodeBase64Url, encodeBase64Url } from './encoding/base64url.js';
// French identifiers
export {
  isValidDepartementCode,
  normalizeDepartementCode,
} from './identifiers/departement-code.js';
export {
  DEPARTEMENT_REGION,
  type RegionCode,
  regionOfDepartement,
} from './identifiers/departement-region.js';
export {
  departementOfInseeCode,
  isValidInseeCode,
  normalizeInseeCode,
} from './identifiers/insee-code.js';
export { isValidPostalCode, normalizePostalCode } from './identifiers/postal-code.js';
export { isValidRegionCode, normalizeRegionCode, REGION_CODES } from './identifiers/region-code.js';
export { isValidSiren, normalizeSiren } from './identifiers/siren.js';
export { isValidSiret, LA_POSTE_SIREN, normalizeSiret } from './identifiers/siret.js';
// Lifecycle
export {
  type CampaignStanding,
  campaignStanding,
  parisDay,
} from './lifecycle/campaign-days.js';
export { DEFAULT_MODERATION_POLICY, type ModerationPolicy } from './lifecycle/moderation-policy.js';
export {
  allowedEvents,
  type LifecycleSignature,
  SIGNATURE_EVENTS,
  type SignatureEvent,
  type TransitionOptions,
  type TransitionResult,
  transition,
} from './lifecycle/transition.js';
export type { Catalogue } from './messages/catalogue.js';
// Messages: the one catalogue of codes and words
export { catalogues } from './messages/catalogues.js';
export { en } from './messages/en.js';
export { fr } from './messages/fr.js';
export { isMessageCode, MESSAGE_CODES, type MessageCode } from './messages/message-code.js';
export { type MessageParams, messageFor } from './messages/message-for.js';
// Normalisation
export { normalizeEmail } from './normalize/email.js';
export { httpLink, originAndPath } from './normalize/http-link.js';
export { normalizeText, startsLikeFormula } from './normalize/text.js';
export { normalizeUrl } from './normalize/url.js';
// Proof of work
export {
  type CreateProofOfWorkOptions,
  createProofOfWorkChallenge,
  PROOF_OF_WORK_ALGORITHMS,
  type ProofOfWorkAlgorithm,
  type ProofOfWorkChallenge,
  type ProofOfWorkVerification,
  verifyProofOfWork,
} from './proof-of-work/proof-of-work.js';
// Deduplication
export { canonicalEmail } from './signature-key/canonical-email.js';
export { registrableDomain } from './signature-key/registrable-domain.js';
export { signatureKey } from './signature-key/signature-key.js';
// Link tokens
export type { HmacSecret } from './tokens/hmac-key.js';
export {
  type CreateTokenOptions,
  createToken,
  type TokenPurpose,
  type TokenVerification,
  type VerifyTokenOptions,
  verifyToken,
} from './tokens/token.js';
export { MAX_COMMITMENTS } from './validation/commitments.js';
export { type SignatureFormField, signatureFormFields } from './validation/form-fields.js';
// Validation
export type { ValidationIssue } from './validation/issue.js';
export {
  type FieldValidation,
  type ValidateFieldOptions,
  validateField,
} from './validation/validate-field.js';
export {
  type SignatureValidation,
  type ValidateSignatureOptions,
  validateSignature,
} from './validation/validate-signature.js';
