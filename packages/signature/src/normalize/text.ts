/**
 * Characters nobody means to type into a form and that hide or reorder what others read:
 * C0 and C1 controls (tab and line breaks count as white space instead), zero-width
 * characters, the soft hyphen, the word joiner and invisible operators, the byte-order mark,
 * and every bidirectional mark, embedding, override and isolate.
 */
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;

/** Any run of white space, Unicode's included (no-break, narrow no-break, ideographic...). */
const WHITE_SPACE = /\s+/g;

/**
 * Text made only of printable ASCII, printable Latin-1 and French typography (œ, ’, « », …, –)
 * is already NFC (none of these characters decomposes, and without combining marks nothing
 * composes) and has nothing invisible: most input takes this fast path.
 */
const ALREADY_CLEAN =
  /^[\x20-\x7E\u00A1-\u00AC\u00AE-\u00FF\u0152\u0153\u2013\u2014\u2018\u2019\u201C\u201D\u2026\u20AC]*$/;

/**
 * Normalises free text as typed by a person: invisible characters removed, white space
 * collapsed to single spaces and trimmed, then Unicode NFC. Idempotent:
 * `normalizeText(normalizeText(s)) === normalizeText(s)`.
 */
export function normalizeText(value: string): string {
  if (ALREADY_CLEAN.test(value)) {
    return value.includes('  ') || value.startsWith(' ') || value.endsWith(' ')
      ? value.replace(WHITE_SPACE, ' ').trim()
      : value;
  }
  return normalizeTextFully(value);
}

/** `normalizeText` without its fast path (its test checks that both agree). */
export function normalizeTextFully(value: string): string {
  // Removal before NFC: a removed character may have kept a letter and its accent apart.
  return value.replace(INVISIBLE, '').replace(WHITE_SPACE, ' ').trim().normalize('NFC');
}

/** Characters that make a spreadsheet read a cell as a formula when they come first. */
const FORMULA_START = /^[=+\-@]/;

/**
 * Whether a text, once exported to a CSV file and opened in a spreadsheet, would be read as a
 * formula (CSV injection). The validator refuses such names rather than altering them.
 */
export function startsLikeFormula(value: string): boolean {
  return FORMULA_START.test(value);
}
