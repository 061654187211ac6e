import * as z from 'zod/mini';

/** A trimmed-length-bounded string that is not blank. */
export function boundedText(max: number) {
  return z.string().check(z.minLength(1), z.maxLength(max), z.regex(/\S/));
}

/** Text in French (always) and English (when translated). */
export const LocalizedText = z.object({
  fr: z.string().check(z.minLength(1)),
  en: z.optional(z.string().check(z.minLength(1))),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** The languages the software speaks; French first. */
export const Locale = z.enum(['fr', 'en']);
export type Locale = z.infer<typeof Locale>;
