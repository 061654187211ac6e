import type { Locale } from '@plateformcoop/model';
import { type MessageCode, messageFor, type ValidationIssue } from '@plateformcoop/signature';
import type { z } from 'zod';
import { DomainError } from '../domain-error.js';

/** The issues of a query string a schema refused, in the request's language. */
function issuesOf(error: z.ZodError, locale: Locale): ValidationIssue[] {
  return error.issues.map((issue) => {
    // A closed list gets the words that say so; any other value, the generic ones.
    const code: MessageCode = issue.code === 'invalid_value' ? 'choice.invalid' : 'field.invalid';
    return { path: issue.path.join('.'), code, message: messageFor(code, locale) };
  });
}

/**
 * A route's query parameters, checked by its schema: anything out of range or not of the
 * documented form answers 400 `field.invalid`, with an issue per parameter at fault (never a
 * silent clamp to a default).
 */
export function readQuery<T>(
  schema: z.ZodType<T>,
  query: Record<string, string>,
  locale: Locale,
): T {
  const result = schema.safeParse(query);
  if (!result.success) throw new DomainError('field.invalid', issuesOf(result.error, locale));
  return result.data;
}

/** A route's path parameters: a value its schema refuses names nothing, hence 404. */
export function readParams<T>(schema: z.ZodType<T>, params: Record<string, string>): T {
  const result = schema.safeParse(params);
  if (!result.success) throw new DomainError('not_found');
  return result.data;
}
