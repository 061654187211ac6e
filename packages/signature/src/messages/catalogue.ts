import type { MessageCode } from './message-code.js';

/**
 * The words of one language for every code. A message may name parameters in braces
 * (`{max}`), filled by `messageFor`. Adding a language is adding a file that satisfies this
 * type (the compiler lists any code it lacks) and naming it in `catalogues.ts`.
 */
export type Catalogue = { readonly [Code in MessageCode]: string };
