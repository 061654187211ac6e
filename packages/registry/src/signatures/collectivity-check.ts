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
    const [path, code] = fieldOfIdentifier(given);
    const issue: ValidationIssue = {
      path: `signatory.collectivity.${path}`,
      code,
      message: messageFor(code, submission.locale),
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

function fieldOfIdentifier(
  c: Collectivity,
): [string, 'insee.invalid' | 'field.invalid' | 'departement.invalid' | 'region.invalid'] {
  switch (c.type) {
    case 'departement':
      return ['departementCode', 'departement.invalid'];
    case 'region':
      return ['regionCode', 'region.invalid'];
    case 'epci':
    case 'ept':
      return ['siren', 'field.invalid'];
    default:
      return ['inseeCode', 'insee.invalid'];
  }
}
