import type { Collectivity } from '@plateformcoop/model';
import { type IndexedCollectivity, weightOf } from './official-collectivities.js';

/**
 * One collectivity as a JSON tuple, `null` where a field is absent:
 * `[type, name, inseeCode, siren, departementCode, regionCode, population, epciType, postalCodes]`
 * (postal codes space-separated).
 */
type Row = [
  Collectivity['type'],
  string,
  string | null,
  string | null,
  string | null,
  string | null,
  number | null,
  Collectivity['epciType'] | null,
  string,
];

/**
 * The official list in the compact form the build ships (`dist/official-collectivities.json`):
 * a fifth of the COG files' size, so that a starting registry never parses the 13 MB of the
 * COG files, whose parse would otherwise stay in its resident memory.
 */
export function encodeCollectivities(list: readonly IndexedCollectivity[]): string {
  const rows = list.map(
    ({ collectivity: c, postalCodes }): Row => [
      c.type,
      c.name,
      c.inseeCode ?? null,
      c.siren ?? null,
      c.departementCode ?? null,
      c.regionCode ?? null,
      c.population ?? null,
      c.epciType ?? null,
      postalCodes.join(' '),
    ],
  );
  return `[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`;
}

export function decodeCollectivities(json: string): IndexedCollectivity[] {
  return (JSON.parse(json) as Row[]).map(
    ([type, name, inseeCode, siren, departementCode, regionCode, population, epciType, codes]) => {
      // The same key order as the COG path: answers read the same whichever built the index.
      const collectivity = (
        epciType === null ? { type, name } : { type, epciType, name }
      ) as Collectivity;
      if (inseeCode !== null) collectivity.inseeCode = inseeCode;
      if (siren !== null) collectivity.siren = siren;
      if (departementCode !== null) collectivity.departementCode = departementCode;
      if (regionCode !== null) collectivity.regionCode = regionCode;
      if (population !== null) collectivity.population = population;
      return {
        collectivity,
        postalCodes: codes ? codes.split(' ') : [],
        weight: weightOf(collectivity),
      };
    },
  );
}
