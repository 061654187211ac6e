import { z } from 'zod';
import { decodeCursor } from './cursor.js';

/**
 * Schemas of the query parameters the routes share. A parameter given empty (`?kind=`) counts
 * as absent, as forms send them.
 */

/** An optional parameter: absent or empty, `undefined`; otherwise checked by `schema`. */
export function optional<T extends z.core.$ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), z.optional(schema));
}

/** A whole number written in decimal digits (`abc`, `1.5`, `-1`, `0x10` are refused). */
export function integer(min: number, max: number) {
  return z.preprocess(
    (value) => (typeof value === 'string' && /^\d{1,12}$/.test(value) ? Number(value) : value),
    z.int().min(min).max(max),
  );
}

/** A page size between `min` and `max`, `fallback` when absent. */
export function pageSize(max: number, fallback: number) {
  return optional(
    integer(1, max).describe(`Page size, 1 to ${max} (${fallback} by default)`),
  ).transform((value) => value ?? fallback);
}

/** The opaque `nextCursor` of the previous page, read as the sort keys it carries. */
export const cursor = optional(
  z
    .string()
    .max(1000)
    .describe('The `nextCursor` of the previous page')
    .transform((text, ctx) => {
      const keys = decodeCursor(text);
      if (!keys) ctx.addIssue({ code: 'custom', message: 'not a cursor of this list' });
      return keys ?? (['', ''] as [string, string]);
    }),
);

/** A manifesto's or a signature's id in a path. */
export const idParameter = z.object({ id: z.string() });
