import type * as z from 'zod/mini';

/** What `safeParseX` returns: the parsed value, or the error with every issue. */
export type SafeParseResult<T> =
  | { success: true; data: T; error?: never }
  | { success: false; data?: never; error: z.core.$ZodError<T> };

/** `parseX` of a schema: accepts anything, as input from outside must be; throws a ZodError. */
export function parserOf<S extends z.ZodMiniType>(schema: S): (input: unknown) => z.infer<S> {
  return (input) => schema.parse(input);
}

/** `safeParseX` of a schema: accepts anything and never throws. */
export function safeParserOf<S extends z.ZodMiniType>(
  schema: S,
): (input: unknown) => SafeParseResult<z.infer<S>> {
  return (input) => schema.safeParse(input) as SafeParseResult<z.infer<S>>;
}
