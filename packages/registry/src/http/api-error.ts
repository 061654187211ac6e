import type { Locale } from '@plateformcoop/model';
import { type MessageCode, messageFor, type ValidationIssue } from '@plateformcoop/signature';

/** One problem with one field, as the signature core's validator reports it. */
export type ApiIssue = ValidationIssue;

/** An error the API answers with `{ error: { code, message, issues? } }`. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 405 | 409 | 410 | 413 | 415 | 422 | 429 | 500 | 503,
    readonly code: MessageCode,
    readonly issues?: ApiIssue[],
  ) {
    super(code);
  }
}

export interface ErrorBody {
  error: { code: string; message: string; issues?: ApiIssue[] };
}

/** The one shape of every error body; the words come from the signature core's catalogue. */
export function errorBody(code: MessageCode, locale: Locale, issues?: ApiIssue[]): ErrorBody {
  return { error: { code, message: messageFor(code, locale), ...(issues ? { issues } : {}) } };
}
