import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// The COG files of @etalab/decoupage-administratif, read at run time (never bundled): 13 MB of
// JSON parsed once, then dropped for the compact index.

export interface RawCommune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  region?: string;
  siren?: string;
  codesPostaux?: string[];
  population?: number;
  chefLieu?: string;
}
export interface RawGroup {
  code: string;
  nom: string;
  type: string;
  populationTotale?: number;
  populationMunicipale?: number;
  membres: { code: string; siren?: string }[];
}
export interface RawArea {
  code: string;
  nom: string;
  region?: string;
}

const require = createRequire(import.meta.url);

function load<T>(file: string): T {
  const path = require.resolve(`@etalab/decoupage-administratif/data/${file}`);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export interface OfficialList {
  communes: RawCommune[];
  epci: RawGroup[];
  ept: RawGroup[];
  departements: RawArea[];
  regions: RawArea[];
}

export function loadOfficialList(): OfficialList {
  return {
    communes: load<RawCommune[]>('communes.json'),
    epci: load<RawGroup[]>('epci.json'),
    ept: load<RawGroup[]>('ept.json'),
    departements: load<RawArea[]>('departements.json'),
    regions: load<RawArea[]>('regions.json'),
  };
}
