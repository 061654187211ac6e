import { stripSeparators } from './separators.js';

/**
 * Départements (COG): 01 to 95 except 20, Corse-du-Sud 2A and Haute-Corse 2B, and the five
 * overseas départements 971 Guadeloupe, 972 Martinique, 973 Guyane, 974 La Réunion and
 * 976 Mayotte.
 */
const DEPARTEMENT = /^(?:0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-46])$/;

/** A département number as typed (`2a`, `9`, `974`) to its COG spelling (`2A`, `09`, `974`). */
export function normalizeDepartementCode(value: string): string {
  const code = stripSeparators(value).toUpperCase();
  return /^\d$/.test(code) ? `0${code}` : code;
}

/** Whether a value is the code of a French département. */
export function isValidDepartementCode(value: unknown): boolean {
  return typeof value === 'string' && DEPARTEMENT.test(normalizeDepartementCode(value));
}
