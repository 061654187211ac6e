import type { Locale } from '@plateformcoop/model';
import { messageFor, type ValidationIssue } from '@plateformcoop/signature';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode } from '../domain-error.js';

/**
 * The one place where a code becomes an HTTP status: workflows raise codes (`DomainError`), the
 * app's error handler answers with the status found here, and the API description documents,
 * for each route, the statuses of the codes the route can raise.
 */
export const ERROR_STATUS = {
  'request.malformed_json': 400,
  'field.invalid': 400,
  'field.unknown': 400,
  'field.required': 400,
  'text.too_long': 400,
  'challenge.required': 400,
  'challenge.invalid': 400,
  'challenge.expired': 400,
  'challenge.replayed': 400,
  'token.invalid': 400,
  'token.purpose': 400,
  'auth.required': 401,
  'auth.forbidden': 403,
  not_found: 404,
  'manifesto.unknown': 404,
  'transition.forbidden': 409,
  'signature.competing': 409,
  'manifesto.closed': 409,
  'manifesto.outdated': 409,
  'signature.duplicate': 409,
  'signature.confirmed': 409,
  'signature.published': 409,
  'signature.rejected': 409,
  'signature.withdrawn': 409,
  'signature.expired': 409,
  'token.expired': 410,
  'request.too_large': 413,
  'request.unsupported_media_type': 415,
  'submission.invalid': 422,
  'rate.limited': 429,
  'server.error': 500,
  'server.unavailable': 503,
} as const satisfies Record<ErrorCode, ContentfulStatusCode>;

export type ErrorStatus = (typeof ERROR_STATUS)[ErrorCode];

export interface ErrorBody {
  error: { code: ErrorCode; message: string; issues?: ValidationIssue[] };
}

/** The one shape of every error body; the words come from the signature core's catalogue. */
export function errorBody(code: ErrorCode, locale: Locale, issues?: ValidationIssue[]): ErrorBody {
  return { error: { code, message: messageFor(code, locale), ...(issues ? { issues } : {}) } };
}
