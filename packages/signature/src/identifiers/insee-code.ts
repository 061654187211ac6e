import { stripSeparators } from './separators.js';

const SHAPE = /^(?:\d{5}|2[AB]\d{3})$/;
/**
 * The territory a commune's code starts with: a metropolitan département (01-95 without 20),
 * Corsica (2A, 2B), an overseas département (971-974, 976), or a collectivité d'outre-mer or
 * other overseas territory (975, 977-989), whose codes the COG numbers the same way.
 */
const TERRITORY_THEN_COMMUNE =
  /^(?:(?:0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5])\d{3}|9(?:7[1-9]|8\d)\d{2})$/;

/** An INSEE code as typed (`2a004`, `59 350`) to its COG spelling (`2A004`, `59350`). */
export function normalizeInseeCode(value: string): string {
  return stripSeparators(value).toUpperCase();
}

/** Why a commune's INSEE code is not valid, or `undefined` when it is. */
export function inseeCodeProblem(value: string): 'insee.format' | 'insee.invalid' | undefined {
  const code = normalizeInseeCode(value);
  if (!SHAPE.test(code)) return 'insee.format';
  if (!TERRITORY_THEN_COMMUNE.test(code)) return 'insee.invalid';
  // Commune numbers start at 001 (01 overseas): a code ending in zeros names no commune.
  if (/^9[78]/.test(code) ? code.endsWith('00') : code.endsWith('000')) return 'insee.invalid';
  return undefined;
}

/**
 * Whether a value is the INSEE (COG) code of a commune: always a string of 5 characters, since
 * Corsica's codes hold a letter (2A004 Ajaccio, 2B033 Bastia) and leading zeros matter
 * (01053 Bourg-en-Bresse). Overseas: 971-976, and the collectivités d'outre-mer 975, 977-989.
 */
export function isValidInseeCode(value: unknown): boolean {
  return typeof value === 'string' && inseeCodeProblem(value) === undefined;
}

/**
 * The département a commune's INSEE code belongs to (`59350` → `59`, `2A004` → `2A`,
 * `97411` → `974`), or `undefined` for the collectivités d'outre-mer, which are not
 * départements.
 */
export function departementOfInseeCode(value: string): string | undefined {
  const code = normalizeInseeCode(value);
  if (inseeCodeProblem(code)) return undefined;
  if (code.startsWith('97')) return /^97[1-46]/.test(code) ? code.slice(0, 3) : undefined;
  if (code.startsWith('98')) return undefined;
  return code.slice(0, 2);
}
