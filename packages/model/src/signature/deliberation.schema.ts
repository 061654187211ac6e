import * as z from 'zod/mini';
import { boundedText } from '../primitives/text.js';
import { TEXT_LIMITS } from '../primitives/text-limits.js';
import { HttpUrl, IsoDate } from '../primitives/web.js';

/**
 * The decision by which a body signed, when it did not sign through the form: a council's
 * deliberation for a collectivity (how French local authorities commit), a board's decision for
 * a platform or an organisation. Public: it is shown with the signature.
 */
export const Deliberation = z.strictObject({
  /** The day it was adopted (`2023-11-20`). */
  date: IsoDate,
  /** Its reference in the body's register (`DEL-2023-114`). */
  reference: boundedText(TEXT_LIMITS.short),
  /** Where it can be read (the collectivity's register of deliberations). */
  url: z.optional(HttpUrl),
});
export type Deliberation = z.infer<typeof Deliberation>;
