import * as z from 'zod/mini';
import { PublicSignatory } from '../signature/public-signatory.schema.js';
import { SignatureStatus } from '../signature/signature-status.schema.js';

/**
 * The shapes of the registry's own answers, around the entities: what a client reads besides a
 * `Manifesto`, a `Counter` or a `PlatformWithStatus`.
 */

/** One problem with one field of a request, in words and as a stable code. */
export const ApiIssue = z.object({
  /** Dotted path of the field (`signatory.individual.email`, `limit`); `''` for the whole input. */
  path: z.string(),
  /** Stable machine code, a key of the signature core's message catalogue. */
  code: z.string(),
  /** The code's words, in the language the request asked for (`Accept-Language`). */
  message: z.string(),
  /** Values the message was filled with (`{max}`). */
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
});
export type ApiIssue = z.infer<typeof ApiIssue>;

/** Every error the registry answers: a stable code, localised words, and the fields at fault. */
export const ApiErrorBody = z.object({
  error: z.object({
    /** Stable machine code (the signature core's catalogue). */
    code: z.string(),
    /** Words for a person, in French or English (`Accept-Language`). */
    message: z.string(),
    issues: z.optional(z.array(ApiIssue)),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/** Where a signature stands after a request that changed (or tried to change) it. */
export const StatusAnswer = z.object({ id: z.string(), status: SignatureStatus });
export type StatusAnswer = z.infer<typeof StatusAnswer>;

/** A page of the public list of signatories, newest first. */
export const SignatoryPage = z.object({
  items: z.array(PublicSignatory),
  /** Pass it as `cursor` to read the next page; absent on the last page. */
  nextCursor: z.optional(z.string()),
});
export type SignatoryPage = z.infer<typeof SignatoryPage>;
