/**
 * @plateformcoop/model: the domain of the PlateformCoop manifesto, as zod/mini schemas (the one
 * source of truth), the types inferred from them, a `parseX` / `safeParseX` pair per entity,
 * the words of every closed list, and the reference data (the manifesto, its commitments, the
 * platforms it names, the organisations behind it).
 */
export * from './api/api-answers.js';
export * from './api/api-paths.js';
export * from './counter/counter.schema.js';
export * from './manifesto/commitment.schema.js';
export * from './manifesto/content-hash.js';
export * from './manifesto/manifesto.schema.js';
export { parserOf, type SafeParseResult, safeParserOf } from './parse-pair.js';
export * from './parsers.js';
export * from './platform/legal-forms.js';
export * from './platform/platform.schema.js';
export * from './platform/platform-sectors.js';
export * from './primitives/identifiers.js';
export * from './primitives/text.js';
export * from './primitives/text-limits.js';
export * from './primitives/web.js';
export { publicSchemas } from './public-schemas.js';
export * from './reference/campaign-organizations.js';
export { commitmentGroups, commitments } from './reference/commitments.js';
export { exampleSubmissions } from './reference/example-submissions.js';
export {
  manifestos,
  PLATEFORMCOOP_2023,
  plateformcoop2023,
} from './reference/plateformcoop-2023.js';
export { platforms } from './reference/platforms.js';
export * from './signatory/collectivity.schema.js';
export * from './signatory/collectivity-types.js';
export * from './signatory/epci-types.js';
export * from './signatory/individual.schema.js';
export * from './signatory/organization.schema.js';
export * from './signatory/organization-types.js';
export * from './signatory/representative.schema.js';
export * from './signatory/representative-roles.js';
export * from './signatory/signatory.schema.js';
export * from './signatory/signatory-kind.schema.js';
export * from './signatory/signatory-kinds.js';
export * from './signature/consents.schema.js';
export * from './signature/deliberation.schema.js';
export * from './signature/public-signatory.schema.js';
export * from './signature/signature.schema.js';
export * from './signature/signature-status.schema.js';
export * from './signature/signature-statuses.js';
export * from './signature/signature-submission.schema.js';
export * from './vocabulary/index.js';
