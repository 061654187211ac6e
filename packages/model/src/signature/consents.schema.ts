import * as z from 'zod/mini';

/**
 * Three separate consents, never bundled: signing is required; public display of the names and
 * function, and being contacted by the campaign, are each optional.
 */
export const Consents = z.object({
  sign: z.literal(true),
  publicDisplay: z.boolean(),
  contact: z.boolean(),
});
export type Consents = z.infer<typeof Consents>;
