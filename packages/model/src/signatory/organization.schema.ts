import * as z from 'zod/mini';
import { Siren } from '../primitives/identifiers.js';
import { boundedText } from '../primitives/text.js';
import { TEXT_LIMITS } from '../primitives/text-limits.js';
import { HttpsUrl } from '../primitives/web.js';
import { ORGANIZATION_TYPES } from './organization-types.js';

export const OrganizationType = z.enum(ORGANIZATION_TYPES);
export type OrganizationType = z.infer<typeof OrganizationType>;

/** An ESS network, an association or a company that supports the manifesto. */
export const Organization = z.object({
  type: OrganizationType,
  name: boundedText(TEXT_LIMITS.name),
  siren: z.optional(Siren),
  website: z.optional(HttpsUrl),
});
export type Organization = z.infer<typeof Organization>;
