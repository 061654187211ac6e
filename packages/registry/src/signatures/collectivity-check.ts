import type { Collectivity, SignatureSubmission } from '@plateformcoop/model';
import { messageFor, type ValidationIssue } from '@plateformcoop/signature';
import type { CollectivityIndex } from '../geo/collectivity-index.js';

/**
 * A signing collectivity must exist in the official list (for the types the list covers). The
 * official record then supplies the facts counters rely on: population, département, région,
 * SIREN. Returns the issues (none when it exists) and the submission with those facts.
 */
export function checkCollectivityExists(
  submission: SignatureSubmission,
  geo: CollectivityIndex,
): { submission: SignatureSubmission; issues: ValidationIssue[] } {
  if (submission.signatory.kind !== 'collectivity') return { submission, issues: [] };
  const given = submission.signatory.collectivity;
  if (!geo.covers(given.type)) return { submission, issues: [] };
  const official = geo.lookup(given);
  if (!official) {
    const issue: ValidationIssue = {
      path: `signatory.collectivity.${fieldOfIdentifier(given)}`,
      code: 'collectivity.not_found',
      message: messageFor('collectivity.not_found', submission.locale),
    };
    return { submission, issues: [issue] };
  }
  const collectivity: Collectivity = {
    ...given,
    ...(official.siren ? { siren: official.siren } : {}),
    ...(official.epciType ? { epciType: official.epciType } : {}),
    ...(official.departementCode ? { departementCode: official.departementCode } : {}),
    ...(official.regionCode ? { regionCode: official.regionCode } : {}),
    ...(official.population !== undefined ? { population: official.population } : {}),
  };
  return {
    submission: { ...submission, signatory: { ...submission.signatory, collectivity } },
    issues: [],
  };
}

/** The field whose code names the collectivity in the official list. */
function fieldOfIdentifier(c: Collectivity): string {
  switch (c.type) {
    case 'departement':
      return 'departementCode';
    case 'region':
      return 'regionCode';
    case 'epci':
    case 'ept':
      return 'siren';
    default:
      return 'inseeCode';
  }
}
