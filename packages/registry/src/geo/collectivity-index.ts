import type { Collectivity } from '@plateformcoop/model';
import { foldForSearch } from './fold.js';
import { loadOfficialList, type OfficialList } from './official-list.js';

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

interface Entry {
  collectivity: Collectivity;
  /** Folded name, searched by prefix of the whole name or of any word. */
  folded: string;
  /** Postal codes (communes), searched by prefix. */
  postalCodes: readonly string[];
  /** Tie-break rank: larger bodies first. */
  weight: number;
}

function defined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[])
    if (value[key] === undefined) delete value[key];
  return value;
}

/**
 * The official list of French communes, EPCI, EPT, départements and régions (current COG), kept
 * as one compact array for autocomplete and existence checks.
 */
export class CollectivityIndex {
  private readonly entries: Entry[] = [];
  private readonly byInsee = new Map<string, Entry>();
  private readonly bySiren = new Map<string, Entry>();
  private readonly departements = new Map<string, Entry>();
  private readonly regions = new Map<string, Entry>();
  private readonly departementByPostalCode = new Map<string, string>();

  constructor(list: OfficialList = loadOfficialList()) {
    const communeDepartement = new Map<string, { departement?: string; region?: string }>();
    const departementPopulation = new Map<string, number>();
    const regionPopulation = new Map<string, number>();
    for (const c of list.communes) {
      const type = COMMUNE_TYPES[c.type];
      if (!type) continue; // arrondissements municipaux are not collectivities
      communeDepartement.set(c.code, { departement: c.departement, region: c.region });
      if (type === 'commune' && c.population && c.departement && c.region) {
        departementPopulation.set(
          c.departement,
          (departementPopulation.get(c.departement) ?? 0) + c.population,
        );
        regionPopulation.set(c.region, (regionPopulation.get(c.region) ?? 0) + c.population);
      }
      const entry = this.add(
        defined({
          type,
          name: c.nom,
          inseeCode: c.code,
          siren: c.siren,
          departementCode: c.departement,
          regionCode: c.region,
          population: c.population,
        }),
        c.codesPostaux ?? [],
        c.population ?? 0,
      );
      if (type === 'commune') {
        this.byInsee.set(c.code, entry);
        for (const cp of c.codesPostaux ?? []) {
          if (c.departement && !this.departementByPostalCode.has(cp))
            this.departementByPostalCode.set(cp, c.departement);
        }
      } else if (!this.byInsee.has(c.code)) {
        this.byInsee.set(c.code, entry);
      }
    }
    for (const group of [...list.epci, ...list.ept]) {
      const seat = group.membres.map((m) => communeDepartement.get(m.code)).find(Boolean);
      const isEpt = group.type === 'EPT';
      const population = group.populationTotale ?? group.populationMunicipale;
      this.add(
        defined({
          type: isEpt ? 'ept' : 'epci',
          epciType: isEpt ? undefined : EPCI_TYPES[group.type],
          name: group.nom,
          siren: group.code,
          departementCode: seat?.departement,
          regionCode: seat?.region,
          population,
        }) as Collectivity,
        [],
        population ?? 0,
      );
    }
    for (const d of list.departements) {
      this.departements.set(
        d.code,
        this.add(
          defined({
            type: 'departement',
            name: d.nom,
            departementCode: d.code,
            regionCode: d.region,
            population: departementPopulation.get(d.code),
          }) as Collectivity,
          [],
          Number.MAX_SAFE_INTEGER / 4,
        ),
      );
    }
    for (const r of list.regions) {
      this.regions.set(
        r.code,
        this.add(
          defined({
            type: 'region',
            name: r.nom,
            regionCode: r.code,
            population: regionPopulation.get(r.code),
          }) as Collectivity,
          [],
          Number.MAX_SAFE_INTEGER / 2,
        ),
      );
    }
  }

  private add(collectivity: Collectivity, postalCodes: readonly string[], weight: number): Entry {
    const entry: Entry = {
      collectivity,
      folded: foldForSearch(collectivity.name),
      postalCodes,
      weight,
    };
    this.entries.push(entry);
    if (collectivity.siren && !this.bySiren.has(collectivity.siren))
      this.bySiren.set(collectivity.siren, entry);
    return entry;
  }

  get size(): number {
    return this.entries.length;
  }

  /**
   * Autocomplete: names matching by prefix (whole name first, then any word), or codes (INSEE,
   * SIREN, postal code, département) by prefix; larger bodies first.
   */
  search(query: string, limit = 10): Collectivity[] {
    const q = foldForSearch(query);
    if (!q) return [];
    const isCode = /^[0-9][0-9ab]*$/.test(q) || /^2[ab]/.test(q);
    const scored: { entry: Entry; score: number }[] = [];
    for (const entry of this.entries) {
      let score = 0;
      if (isCode) {
        const c = entry.collectivity;
        if (c.inseeCode === q.toUpperCase() || c.siren === q) score = 4;
        else if (entry.postalCodes.some((cp) => cp.startsWith(q))) score = 3;
        else if (c.inseeCode?.toLowerCase().startsWith(q) || c.siren?.startsWith(q)) score = 2;
        else if (
          (c.type === 'departement' && c.departementCode?.toLowerCase() === q) ||
          (c.type === 'region' && c.regionCode === q)
        )
          score = 5;
      } else if (entry.folded === q) score = 4;
      else if (entry.folded.startsWith(q)) score = 3;
      else if (entry.folded.includes(` ${q}`)) score = 2;
      if (score) scored.push({ entry, score });
    }
    scored.sort(
      (a, b) =>
        b.score - a.score ||
        b.entry.weight - a.entry.weight ||
        a.entry.folded.localeCompare(b.entry.folded),
    );
    return scored.slice(0, limit).map((s) => ({ ...s.entry.collectivity }));
  }

  /**
   * The official record a signing collectivity refers to, or `undefined` when the list has none.
   * Types the list does not cover (syndicats, PETR...) are not looked up: see `covers`.
   */
  lookup(
    c: Pick<Collectivity, 'type' | 'inseeCode' | 'siren' | 'departementCode' | 'regionCode'>,
  ): Collectivity | undefined {
    let entry: Entry | undefined;
    switch (c.type) {
      case 'commune':
      case 'commune-deleguee':
      case 'commune-associee':
        entry = c.inseeCode ? this.byInsee.get(c.inseeCode) : undefined;
        if (entry && entry.collectivity.type !== c.type)
          entry = this.findCommuneOfType(c.inseeCode!, c.type);
        break;
      case 'epci':
      case 'ept':
        entry = c.siren ? this.bySiren.get(c.siren) : undefined;
        if (entry && entry.collectivity.type !== c.type) entry = undefined;
        break;
      case 'departement':
        entry = c.departementCode ? this.departements.get(c.departementCode) : undefined;
        break;
      case 'region':
        entry = c.regionCode ? this.regions.get(c.regionCode) : undefined;
        break;
      default:
        entry = undefined;
    }
    return entry ? { ...entry.collectivity } : undefined;
  }

  private findCommuneOfType(insee: string, type: Collectivity['type']): Entry | undefined {
    return this.entries.find(
      (e) => e.collectivity.inseeCode === insee && e.collectivity.type === type,
    );
  }

  /** Whether the official list is the authority for this type of collectivity. */
  covers(type: Collectivity['type']): boolean {
    return [
      'commune',
      'commune-deleguee',
      'commune-associee',
      'epci',
      'ept',
      'departement',
      'region',
    ].includes(type);
  }

  /** The département of a postal code (an individual's), when the list knows it. */
  departementOfPostalCode(postalCode: string): string | undefined {
    return this.departementByPostalCode.get(postalCode);
  }

  regionOfDepartement(code: string): string | undefined {
    return this.departements.get(code)?.collectivity.regionCode;
  }
}

let shared: CollectivityIndex | undefined;
/** The process-wide index, built on first use (about a third of a second). */
export function collectivityIndex(): CollectivityIndex {
  shared ??= new CollectivityIndex();
  return shared;
}
