import * as z from 'zod/mini';
import { PostalCode } from '../primitives/identifiers.js';
import { boundedText } from '../primitives/text.js';
import { TEXT_LIMITS } from '../primitives/text-limits.js';
import { Email } from '../primitives/web.js';

/** A citizen who signs in their own name. `email` is private. */
export const Individual = z.object({
  givenName: boundedText(TEXT_LIMITS.personName),
  familyName: boundedText(TEXT_LIMITS.personName),
  email: Email,
  postalCode: z.optional(PostalCode),
});
export type Individual = z.infer<typeof Individual>;
