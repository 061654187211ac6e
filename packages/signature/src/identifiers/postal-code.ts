import { stripSeparators } from './separators.js';

const SHAPE = /^\d{5}$/;
/**
 * Postal codes start with the département's number (01-95, Corsica keeping 20) or with 97/98
 * overseas (Monaco's 980 included).
 */
const KNOWN_START = /^(?:0[1-9]|[1-8]\d|9[0-5]|9[78])\d{3}$/;

/** A postal code as typed (`59 000`) to its 5 digits. */
export function normalizePostalCode(value: string): string {
  return stripSeparators(value);
}

/** Why a postal code is not valid, or `undefined` when it is. */
export function postalCodeProblem(
  value: string,
): 'postal_code.format' | 'postal_code.invalid' | undefined {
  const code = normalizePostalCode(value);
  if (!SHAPE.test(code)) return 'postal_code.format';
  return KNOWN_START.test(code) ? undefined : 'postal_code.invalid';
}

/** Whether a value is a French postal code (5 digits, starting as a real one does). */
export function isValidPostalCode(value: unknown): boolean {
  return typeof value === 'string' && postalCodeProblem(value) === undefined;
}
