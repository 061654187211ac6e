import type { Collectivity } from '@plateformcoop/model';
import type { OfficialList } from './official-list.js';

/** One collectivity of the index, with what autocomplete needs besides the model's fields. */
export interface IndexedCollectivity {
  collectivity: Collectivity;
  /** Postal codes (communes), searched by prefix. */
  postalCodes: readonly string[];
  /** Tie-break rank: larger bodies first. */
  weight: number;
}

const COMMUNE_TYPES: Record<string, Collectivity['type']> = {
  'commune-actuelle': 'commune',
  'commune-deleguee': 'commune-deleguee',
  'commune-associee': 'commune-associee',
};
const EPCI_TYPES: Record<string, NonNullable<Collectivity['epciType']>> = {
  CC: 'cc',
  CA: 'ca',
  CU: 'cu',
  METRO: 'metropole',
  MET69: 'metropole-de-lyon',
};
const DEPARTEMENT_WEIGHT = Number.MAX_SAFE_INTEGER / 4;
const REGION_WEIGHT = Number.MAX_SAFE_INTEGER / 2;

/** Tie-break rank in autocomplete: régions, then départements, then by population. */
export function weightOf(c: Collectivity): number {
  if (c.type === 'region') return REGION_WEIGHT;
  if (c.type === 'departement') return DEPARTEMENT_WEIGHT;
  return c.population ?? 0;
}

function defined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[])
    if (value[key] === undefined) delete value[key];
  return value;
}

/**
 * The collectivities of the official COG files: communes (with déléguées and associées, not the
 * arrondissements municipaux), EPCI and EPT (placed in the département of their first member),
 * départements and régions (their population summed from their communes).
 */
export function officialCollectivities(list: OfficialList): IndexedCollectivity[] {
  const out: IndexedCollectivity[] = [];
  const communePlace = new Map<string, { departement?: string; region?: string }>();
  const departementPopulation = new Map<string, number>();
  const regionPopulation = new Map<string, number>();
  for (const c of list.communes) {
    const type = COMMUNE_TYPES[c.type];
    if (!type) continue;
    communePlace.set(c.code, { departement: c.departement, region: c.region });
    if (type === 'commune' && c.population && c.departement && c.region) {
      departementPopulation.set(
        c.departement,
        (departementPopulation.get(c.departement) ?? 0) + c.population,
      );
      regionPopulation.set(c.region, (regionPopulation.get(c.region) ?? 0) + c.population);
    }
    out.push({
      collectivity: defined({
        type,
        name: c.nom,
        inseeCode: c.code,
        siren: c.siren,
        departementCode: c.departement,
        regionCode: c.region,
        population: c.population,
      }),
      postalCodes: c.codesPostaux ?? [],
      weight: c.population ?? 0,
    });
  }
  for (const group of [...list.epci, ...list.ept]) {
    const seat = group.membres.map((m) => communePlace.get(m.code)).find(Boolean);
    const isEpt = group.type === 'EPT';
    const population = group.populationTotale ?? group.populationMunicipale;
    out.push({
      collectivity: defined({
        type: isEpt ? 'ept' : 'epci',
        epciType: isEpt ? undefined : EPCI_TYPES[group.type],
        name: group.nom,
        siren: group.code,
        departementCode: seat?.departement,
        regionCode: seat?.region,
        population,
      }) as Collectivity,
      postalCodes: [],
      weight: population ?? 0,
    });
  }
  for (const d of list.departements) {
    out.push({
      collectivity: defined({
        type: 'departement',
        name: d.nom,
        departementCode: d.code,
        regionCode: d.region,
        population: departementPopulation.get(d.code),
      }) as Collectivity,
      postalCodes: [],
      weight: DEPARTEMENT_WEIGHT,
    });
  }
  for (const r of list.regions) {
    out.push({
      collectivity: defined({
        type: 'region',
        name: r.nom,
        regionCode: r.code,
        population: regionPopulation.get(r.code),
      }) as Collectivity,
      postalCodes: [],
      weight: REGION_WEIGHT,
    });
  }
  return out;
}
