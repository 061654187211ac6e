import type { Collectivity } from '@plateformcoop/model';
import { foldForSearch } from './fold.js';
import { loadCollectivities } from './load-collectivities.js';
import type { IndexedCollectivity } from './official-collectivities.js';

interface Entry extends IndexedCollectivity {
  /** Folded name, searched by prefix of the whole name or of any word. */
  folded: string;
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

  constructor(collectivities: readonly IndexedCollectivity[] = loadCollectivities()) {
    for (const item of collectivities) {
      const entry: Entry = { ...item, folded: foldForSearch(item.collectivity.name) };
      const c = entry.collectivity;
      this.entries.push(entry);
      if (c.siren && !this.bySiren.has(c.siren)) this.bySiren.set(c.siren, entry);
      if (c.type === 'departement' && c.departementCode)
        this.departements.set(c.departementCode, entry);
      if (c.type === 'region' && c.regionCode) this.regions.set(c.regionCode, entry);
      if (!c.inseeCode) continue;
      // A commune déléguée may share its code with its commune nouvelle: the commune wins.
      if (c.type === 'commune') {
        this.byInsee.set(c.inseeCode, entry);
        for (const cp of entry.postalCodes) {
          if (c.departementCode && !this.departementByPostalCode.has(cp))
            this.departementByPostalCode.set(cp, c.departementCode);
        }
      } else if (!this.byInsee.has(c.inseeCode)) {
        this.byInsee.set(c.inseeCode, entry);
      }
    }
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
