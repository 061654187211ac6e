import type * as z from 'zod/mini';

/** What `safeParseX` returns: the parsed value, or the error with every issue. */
export type SafeParseResult<T> =
  | { success: true; data: T; error?: never }
  | { success: false; data?: never; error: z.core.$ZodError<T> };

/**
 * The `parseX` / `safeParseX` pair of a schema: `parse` throws a ZodError, `safeParse` returns
 * `{ success, data | error }`. Both accept anything, as input from outside must be.
 */
export function parsePair<S extends z.ZodMiniType>(
  schema: S,
): readonly [(input: unknown) => z.infer<S>, (input: unknown) => SafeParseResult<z.infer<S>>] {
  return [
    (input) => schema.parse(input),
    (input) => schema.safeParse(input) as SafeParseResult<z.infer<S>>,
  ];
}
