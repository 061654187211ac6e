import * as z from 'zod/mini';
import { boundedText } from '../primitives/text.js';
import { TEXT_LIMITS } from '../primitives/text-limits.js';
import { Email, Phone } from '../primitives/web.js';
import { REPRESENTATIVE_ROLE_IDS } from './representative-roles.js';

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
