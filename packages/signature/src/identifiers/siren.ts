import { luhnValid } from './luhn.js';
import { stripSeparators } from './separators.js';

const NINE_DIGITS = /^\d{9}$/;

/** A SIREN as typed (`215 903 501`, `215.903.501`) to its 9 digits. */
export function normalizeSiren(value: string): string {
  return stripSeparators(value);
}

/** Why a SIREN is not valid, or `undefined` when it is. */
export function sirenProblem(value: string): 'siren.format' | 'siren.checksum' | undefined {
  const siren = normalizeSiren(value);
  if (!NINE_DIGITS.test(siren)) return 'siren.format';
  // 000000000 passes Luhn but is no one's number.
  if (siren === '000000000' || !luhnValid(siren)) return 'siren.checksum';
  return undefined;
}

/**
 * Whether a value is a valid SIREN (the 9-digit number of a French legal entity in the Sirene
 * register): 9 digits once separators are removed, with a valid Luhn key.
 */
export function isValidSiren(value: unknown): boolean {
  return typeof value === 'string' && sirenProblem(value) === undefined;
}
