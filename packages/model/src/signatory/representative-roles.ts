/** Roles of the person who signs, grouped: elected, staff of a public body, project member. */
export const REPRESENTATIVE_ROLES = {
  elected: [
    'maire',
    'maire-delegue',
    'adjoint',
    'conseiller-delegue',
    'conseiller',
    'president',
    'vice-president',
  ],
  staff: ['dgs', 'dga', 'directeur', 'charge-de-mission', 'technicien'],
  project: ['president', 'gerant', 'co-fondateur', 'salarie', 'membre'],
} as const;

export type RepresentativeRoleGroup = keyof typeof REPRESENTATIVE_ROLES;
type AnyRole = (typeof REPRESENTATIVE_ROLES)[RepresentativeRoleGroup][number];

/**
 * Every role once (président·e is both elected and project role). Computed, so marked pure: a
 * bundle that only needs the groups leaves it out.
 */
export const REPRESENTATIVE_ROLE_IDS = /* @__PURE__ */ (() => [
  ...new Set(Object.values(REPRESENTATIVE_ROLES).flat()),
])() as unknown as readonly [AnyRole, ...AnyRole[]];
