import * as z from 'zod/mini';
import { Timestamp } from '../primitives/web.js';
import { Deliberation } from './deliberation.schema.js';
import { SignatureStatus } from './signature-status.schema.js';
import { ContentHash, SignatureSubmission } from './signature-submission.schema.js';

/** When each step of the lifecycle happened (UTC). */
export const SignatureTimestamps = z.object({
  createdAt: Timestamp,
  confirmedAt: z.optional(Timestamp),
  publishedAt: z.optional(Timestamp),
  rejectedAt: z.optional(Timestamp),
  withdrawnAt: z.optional(Timestamp),
  expiredAt: z.optional(Timestamp),
});
export type SignatureTimestamps = z.infer<typeof SignatureTimestamps>;

/** A stored signature: the submission, the exact text signed, its status and its history. */
export const Signature = z.extend(SignatureSubmission, {
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  manifestoHash: ContentHash,
  status: SignatureStatus,
  /** Recorded by a moderator from the body's deliberation, not signed through the form. */
  deliberation: z.optional(Deliberation),
  ...SignatureTimestamps.shape,
});
export type Signature = z.infer<typeof Signature>;
