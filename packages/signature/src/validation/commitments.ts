import type { Manifesto, SignatoryKind } from '@plateformcoop/model';
import { normalizeText } from '../normalize/text.js';
import type { RawIssue } from './issue.js';

/** At most this many commitments per signature, as the model's `SignatureSubmission` says. */
export const MAX_COMMITMENTS = 50;

/**
 * Checks the chosen commitments against the manifesto: each must exist in it and, when the
 * signatory's kind is known, be meant for that kind. Duplicates are dropped. Returns the
 * normalised list, or `undefined` when the value is not a list at all.
 */
export function checkCommitments(
  value: unknown,
  manifesto: Manifesto,
  kind: SignatoryKind | undefined,
  issues: RawIssue[],
): string[] | undefined {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    issues.push({ path: 'commitments', code: 'field.invalid' });
    return undefined;
  }
  if (value.length > MAX_COMMITMENTS) {
    issues.push({
      path: 'commitments',
      code: 'commitment.too_many',
      params: { max: MAX_COMMITMENTS },
    });
    return undefined;
  }
  const chosen: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    const id = typeof item === 'string' && item.length <= 200 ? normalizeText(item) : undefined;
    const commitment =
      id === undefined ? undefined : manifesto.commitments.find((c) => c.id === id);
    if (!commitment) {
      issues.push({ path: `commitments.${i}`, code: 'commitment.unknown' });
    } else if (kind && !commitment.forKinds.includes(kind)) {
      issues.push({ path: `commitments.${i}`, code: 'commitment.not_for_kind' });
    } else if (!chosen.includes(commitment.id)) {
      chosen.push(commitment.id);
    }
  }
  return chosen;
}
