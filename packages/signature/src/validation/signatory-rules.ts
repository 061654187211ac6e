import { REPRESENTATIVE_ROLES, type SignatoryKind } from '@plateformcoop/model';
import { departementOfInseeCode } from '../identifiers/insee-code.js';
import type { RawIssue } from './issue.js';

/** Collectivity types that are communes: identified by their INSEE code. */
export const COMMUNES: ReadonlySet<string> = new Set([
  'commune',
  'commune-deleguee',
  'commune-associee',
]);
/** Communes that are not legal persons of their own, so have no SIREN. */
const WITHOUT_SIREN: ReadonlySet<string> = new Set(['commune-deleguee', 'commune-associee']);
/** Roles held only in a public body's council: a platform or an association has no mayor. */
const COUNCIL_ONLY_ROLES: ReadonlySet<string> = new Set(
  REPRESENTATIVE_ROLES.elected.filter(
    (role) =>
      !(REPRESENTATIVE_ROLES.project as readonly string[]).includes(role) &&
      role !== 'vice-president',
  ),
);
const PUBLIC_BODY_ROLES: ReadonlySet<string> = new Set([
  ...REPRESENTATIVE_ROLES.elected,
  ...REPRESENTATIVE_ROLES.staff,
]);

function hasIssueAt(issues: readonly RawIssue[], path: string): boolean {
  return issues.some((issue) => issue.path === path);
}

/**
 * The rules of a collectivity that depend on its type: a commune (déléguée, associée) needs its
 * INSEE code, any other collectivity its SIREN; a commune déléguée or associée has no SIREN; the
 * EPCI category is for EPCIs; the département must be the INSEE code's (and is filled in from it
 * when missing). Works on the normalised object, in place.
 */
export function applyCollectivityRules(
  collectivity: Record<string, unknown>,
  path: string,
  issues: RawIssue[],
): void {
  const type = collectivity.type;
  if (typeof type !== 'string') return;
  const inseeCode = collectivity.inseeCode as string | undefined;
  if (COMMUNES.has(type)) {
    if (!inseeCode && !hasIssueAt(issues, `${path}.inseeCode`)) {
      issues.push({ path: `${path}.inseeCode`, code: 'collectivity.insee_required' });
    }
  } else if (!collectivity.siren && !hasIssueAt(issues, `${path}.siren`)) {
    issues.push({ path: `${path}.siren`, code: 'collectivity.siren_required' });
  }
  if (WITHOUT_SIREN.has(type) && collectivity.siren) {
    issues.push({ path: `${path}.siren`, code: 'collectivity.siren_forbidden' });
  }
  if (collectivity.epciType && type !== 'epci') {
    issues.push({ path: `${path}.epciType`, code: 'collectivity.epci_type_mismatch' });
  }
  const departement =
    inseeCode && COMMUNES.has(type) ? departementOfInseeCode(inseeCode) : undefined;
  if (departement) {
    if (
      collectivity.departementCode === undefined &&
      !hasIssueAt(issues, `${path}.departementCode`)
    ) {
      collectivity.departementCode = departement;
    } else if (
      collectivity.departementCode !== undefined &&
      collectivity.departementCode !== departement
    ) {
      issues.push({ path: `${path}.departementCode`, code: 'collectivity.departement_mismatch' });
    }
  }
}

/**
 * The role must suit the kind: a collectivity signs through an elected member or a member of
 * staff; a platform or organisation through anyone but a council's office holder (mayor,
 * deputy, councillor).
 */
export function applyRepresentativeRules(
  kind: SignatoryKind,
  representative: Record<string, unknown>,
  path: string,
  issues: RawIssue[],
): void {
  const role = representative.role;
  if (typeof role !== 'string') return;
  const fits =
    kind === 'collectivity' ? PUBLIC_BODY_ROLES.has(role) : !COUNCIL_ONLY_ROLES.has(role);
  if (!fits) issues.push({ path: `${path}.role`, code: 'role.not_for_kind' });
}
