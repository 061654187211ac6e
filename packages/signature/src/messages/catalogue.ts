import type { MessageCode } from './message-code.js';

/**
 * The words of one language for every code. A message may name parameters in braces
 * (`{max}`), filled by `messageFor`. Adding a language is adding its area modules and the file
 * assembling them, which satisfy these types (the compiler lists any code they lack), and naming
 * it in `catalogues.ts`.
 */
export type Catalogue = { readonly [Code in MessageCode]: string };

/** The words of one language for the codes of one area (e.g. `typeof WIDGET_COUNTER_CODES`). */
export type AreaWords<Codes extends readonly MessageCode[]> = {
  readonly [Code in Codes[number]]: string;
};
