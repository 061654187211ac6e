import { stripSeparators } from './separators.js';

/**
 * The 18 regions of the COG since 2016: 01 Guadeloupe, 02 Martinique, 03 Guyane, 04 La Réunion,
 * 06 Mayotte, 11 Île-de-France, 24 Centre-Val de Loire, 27 Bourgogne-Franche-Comté,
 * 28 Normandie, 32 Hauts-de-France, 44 Grand Est, 52 Pays de la Loire, 53 Bretagne,
 * 75 Nouvelle-Aquitaine, 76 Occitanie, 84 Auvergne-Rhône-Alpes, 93 Provence-Alpes-Côte d'Azur,
 * 94 Corse.
 */
export const REGION_CODES = [
  '01',
  '02',
  '03',
  '04',
  '06',
  '11',
  '24',
  '27',
  '28',
  '32',
  '44',
  '52',
  '53',
  '75',
  '76',
  '84',
  '93',
  '94',
] as const;

const regions: ReadonlySet<string> = new Set(REGION_CODES);

/** A region code as typed (`6`, `32`) to its COG spelling (`06`, `32`). */
export function normalizeRegionCode(value: string): string {
  const code = stripSeparators(value);
  return /^\d$/.test(code) ? `0${code}` : code;
}

/** Whether a value is the COG code of a French region. */
export function isValidRegionCode(value: unknown): boolean {
  return typeof value === 'string' && regions.has(normalizeRegionCode(value));
}
