import * as z from 'zod/mini';
import { boundedText, TEXT_LIMITS } from '../primitives/text.js';
import { Email, Phone } from '../primitives/web.js';

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

export const REPRESENTATIVE_ROLE_IDS = [
  ...new Set(Object.values(REPRESENTATIVE_ROLES).flat()),
] as unknown as readonly [AnyRole, ...AnyRole[]];
export const RepresentativeRole = z.enum(REPRESENTATIVE_ROLE_IDS);
export type RepresentativeRole = z.infer<typeof RepresentativeRole>;

/**
 * The person who signs for a collectivity, a platform or an organisation. `email` and `phone`
 * are private: they never appear in a public projection.
 */
export const Representative = z.object({
  givenName: boundedText(TEXT_LIMITS.personName),
  familyName: boundedText(TEXT_LIMITS.personName),
  role: RepresentativeRole,
  /** Free text: the function or delegation ("adjointe aux mobilités"). */
  function: z.optional(boundedText(TEXT_LIMITS.short)),
  /** The signer declares being authorised to sign on behalf of the body. */
  authorised: z.boolean(),
  email: Email,
  phone: z.optional(Phone),
});
export type Representative = z.infer<typeof Representative>;
