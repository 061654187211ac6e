import type { Counter, SignatoryKind } from '@plateformcoop/model';

export interface CounterFilter {
  kind?: SignatoryKind | undefined;
  departement?: string | undefined;
  region?: string | undefined;
}

/**
 * The number a counter shows. The registry totals by kind and by territory separately, so a
 * territory (département first, then région) takes precedence over a kind.
 */
export function countOf(counter: Counter, filter: CounterFilter): number {
  if (filter.departement) return counter.byDepartement[filter.departement.toUpperCase()] ?? 0;
  if (filter.region) return counter.byRegion[filter.region] ?? 0;
  if (filter.kind) return counter.byKind[filter.kind] ?? 0;
  return counter.total;
}

/** Progress towards a goal, from 0 to 1. */
export function progressOf(count: number, goal: number | undefined): number {
  if (!goal || goal <= 0) return 0;
  return Math.min(1, count / goal); // counts are never negative
}
