import * as z from 'zod/mini';
import { Locale } from '../primitives/text.js';
import { HttpUrl, Slug } from '../primitives/web.js';
import { Signatory } from '../signatory/signatory.schema.js';
import { Consents } from './consents.schema.js';

/** Content hash of a manifesto's text: `sha256:` and 64 hex digits. */
export const ContentHash = z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/));
export type ContentHash = z.infer<typeof ContentHash>;

/** The most commitments one signature may list. */
export const MAX_COMMITMENTS = 50;

/**
 * What a signer sends: who signs, the commitments they adopt, their consents. The registry adds
 * the id, the status and the timestamps.
 */
export const SignatureSubmission = z.object({
  manifestoId: Slug,
  /** The text the signer was shown; the registry refuses a submission made against another. */
  manifestoHash: z.optional(ContentHash),
  locale: Locale,
  signatory: Signatory,
  commitments: z.array(Slug).check(z.maxLength(MAX_COMMITMENTS)),
  consents: Consents,
  /**
   * The page the person signed from, so that the registry's pages can lead back to it: an
   * http(s) address reduced to its origin and path (no query, no fragment, no credentials).
   * Personal data: kept and erased with the signer's details.
   */
  signedFrom: z.optional(HttpUrl),
});
export type SignatureSubmission = z.infer<typeof SignatureSubmission>;
