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

/**
 * Where a signature stands after a request that changed it; `mailed` when a mail about it went
 * out (a page says so only then).
 */
export const StatusAnswer = z.object({
  id: z.string(),
  status: SignatureStatus,
  mailed: z.optional(z.boolean()),
});
export type StatusAnswer = z.infer<typeof StatusAnswer>;

/**
 * The answer to a submission (202), the same whoever signed: its id, that it waits for the
 * mailed link, whether a moderator checks this kind once confirmed (the form's next step), and
 * the token that has the mail sent again (`POST /v1/resends`).
 */
export const SubmissionReceipt = z.object({
  id: z.string(),
  status: z.literal('pending_confirmation'),
  moderated: z.boolean(),
  resendToken: z.string(),
});
export type SubmissionReceipt = z.infer<typeof SubmissionReceipt>;

/** The answer to « send the mail again », the same whatever the signature's state. */
export const ResendAnswer = z.object({ status: z.literal('accepted') });
export type ResendAnswer = z.infer<typeof ResendAnswer>;

/** A page of the public list of signatories, newest first. */
export const SignatoryPage = z.object({
  items: z.array(PublicSignatory),
  /** Pass it as `cursor` to read the next page; absent on the last page. */
  nextCursor: z.optional(z.string()),
});
export type SignatoryPage = z.infer<typeof SignatoryPage>;
