import type { Signature, SignatureSubmission } from '../index.js';

/** A stored, published signature made from a submission (the model's examples), for tests. */
export function storedSignature(submission: SignatureSubmission, id = 'sig_1'): Signature {
  return {
    ...submission,
    id,
    manifestoHash: 'sha256:19543bd192154013f34a43257c944645ee4054af510240ffae5163de564a4615',
    status: 'published',
    createdAt: '2026-11-20T10:00:00Z',
    confirmedAt: '2026-11-20T10:05:00Z',
    publishedAt: '2026-11-21T09:00:00Z',
  };
}
