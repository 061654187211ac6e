import { digitSum, luhnValid } from './luhn.js';
import { stripSeparators } from './separators.js';
import { sirenProblem } from './siren.js';

const FOURTEEN_DIGITS = /^\d{14}$/;

/** La Poste's SIREN: its establishments' SIRETs follow a rule of their own. */
export const LA_POSTE_SIREN = '356000000';

/**
 * La Poste's head office, numbered before the rule of its establishments: the one La Poste
 * SIRET whose digit sum (26) is no multiple of 5. It follows Luhn, as other SIRETs do.
 */
const LA_POSTE_HEAD_OFFICE = '35600000000048';

/** A SIRET as typed (`215 903 501 00012`) to its 14 digits. */
export function normalizeSiret(value: string): string {
  return stripSeparators(value);
}

/** Why a SIRET is not valid, or `undefined` when it is. */
export function siretProblem(value: string): 'siret.format' | 'siret.checksum' | undefined {
  const siret = normalizeSiret(value);
  if (!FOURTEEN_DIGITS.test(siret)) return 'siret.format';
  const siren = siret.slice(0, 9);
  if (sirenProblem(siren)) return 'siret.checksum';
  // La Poste numbers its many establishments so that the sum of the 14 digits is a multiple
  // of 5, instead of following Luhn: passing Luhn proves nothing for them.
  if (siren === LA_POSTE_SIREN && siret !== LA_POSTE_HEAD_OFFICE) {
    return digitSum(siret) % 5 === 0 ? undefined : 'siret.checksum';
  }
  return luhnValid(siret) ? undefined : 'siret.checksum';
}

/**
 * Whether a value is a valid SIRET (the 14-digit number of one establishment: its SIREN and a
 * 5-digit NIC): 14 digits once separators are removed, a valid SIREN, and a valid Luhn key over
 * the 14 digits; for La Poste (SIREN 356000000), a digit sum that is a multiple of 5 instead
 * (all but its head office, 356 000 000 00048, which follows Luhn).
 */
export function isValidSiret(value: unknown): boolean {
  return typeof value === 'string' && siretProblem(value) === undefined;
}
