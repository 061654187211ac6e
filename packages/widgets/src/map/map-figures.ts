import type { Counter, SignatoryKind } from '@plateformcoop/model';

/** The territories the map shades: départements, or régions (drawn by their départements). */
export type MapLevel = 'departement' | 'region';

/** A level as an attribute gives it: anything but `region` is the départements. */
export function mapLevelOf(value: string | null | undefined): MapLevel {
  return value === 'region' ? 'region' : 'departement';
}

/**
 * The number of signatures of each territory of a level, for one kind or all: the counter's
 * `byDepartement`/`byRegion`, or their breakdown by kind. Territories without any are absent.
 */
export function figuresOf(
  counter: Counter,
  level: MapLevel,
  kind?: SignatoryKind | '',
): Record<string, number> {
  if (!kind) return level === 'region' ? counter.byRegion : counter.byDepartement;
  const byKind = level === 'region' ? counter.byRegionAndKind : counter.byDepartementAndKind;
  const figures: Record<string, number> = {};
  // An older registry's counter has no breakdown: no figure rather than a wrong one.
  for (const [code, kinds] of Object.entries(byKind ?? {})) {
    const count = kinds[kind];
    if (count) figures[code] = count;
  }
  return figures;
}

/** One class of the legend: territories with `from` to `to` signatures, shaded `shade` (1–5). */
export interface ShadeClass {
  from: number;
  to: number;
  shade: number;
}

/** The darkest shade; 0 is a territory without signatures. */
export const SHADES = 5;

/**
 * Up to five classes of equal width from 1 to the largest figure, darker as they grow; the top
 * class always takes the darkest shade, so that one signature alone is seen.
 */
export function classesOf(max: number): ShadeClass[] {
  const ranges: { from: number; to: number }[] = [];
  let from = 1;
  for (let step = 1; step <= SHADES; step++) {
    const to = Math.ceil((max * step) / SHADES);
    if (to < from) continue; // small figures: fewer classes than shades
    ranges.push({ from, to });
    from = to + 1;
  }
  return ranges.map((range, index) => ({
    ...range,
    shade: Math.round(((index + 1) * SHADES) / ranges.length),
  }));
}

/** The shade of a figure among the classes (0 without signatures). */
export function shadeOf(count: number, classes: readonly ShadeClass[]): number {
  if (count <= 0) return 0;
  return classes.find((c) => count <= c.to)?.shade ?? SHADES;
}
