import type { ValidationIssue } from '@plateformcoop/signature';

/**
 * Every code a request can fail with: keys of the signature core's catalogue, so that each has
 * its words in French and English. `http/error-status.ts` gives each one its HTTP status.
 */
export const ERROR_CODES = [
  // The request itself
  'request.malformed_json',
  'request.unsupported_media_type',
  'request.too_large',
  'field.invalid',
  'field.unknown',
  'field.required',
  'text.too_long',
  'rate.limited',
  // What it names
  'not_found',
  'manifesto.unknown',
  // Signing
  'manifesto.closed',
  'manifesto.outdated',
  'challenge.required',
  'challenge.invalid',
  'challenge.expired',
  'challenge.replayed',
  'submission.invalid',
  // Mail links and moderation
  'token.invalid',
  'token.purpose',
  'token.expired',
  'transition.forbidden',
  'signature.competing',
  // Where a signature stands when a link made for another state is used
  'signature.confirmed',
  'signature.published',
  'signature.rejected',
  'signature.withdrawn',
  'signature.expired',
  // Moderators
  'signature.duplicate',
  'auth.required',
  'auth.forbidden',
  // The server
  'server.error',
  'server.unavailable',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * What a workflow (or any part of the registry) raises when a request cannot be served: a
 * stable code and, when there are any, the fields at fault. It knows nothing of HTTP:
 * `http/error-status.ts` alone turns a code into a status.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly issues?: ValidationIssue[],
  ) {
    super(code);
    this.name = 'DomainError';
  }
}
