import type { Counter } from '@plateformcoop/model';
import { describe, expect, it } from 'vitest';
import { classesOf, figuresOf, mapLevelOf, shadeOf } from './map-figures.js';

const counter: Counter = {
  manifestoId: 'plateformcoop-2023',
  total: 12,
  byKind: { collectivity: 5, platform: 3, organization: 0, individual: 4 },
  byDepartement: { '59': 6, '2A': 1 },
  byRegion: { '32': 9, '94': 1 },
  byDepartementAndKind: { '59': { collectivity: 5, individual: 1 }, '2A': { platform: 1 } },
  byRegionAndKind: { '32': { collectivity: 6, individual: 3 }, '94': { platform: 1 } },
  populationCovered: 250_000,
  updatedAt: '2026-11-28T12:00:00Z',
};

describe('figuresOf', () => {
  it('reads the counter’s figures by département or by région, every kind', () => {
    expect(figuresOf(counter, 'departement')).toEqual({ '59': 6, '2A': 1 });
    expect(figuresOf(counter, 'region', '')).toEqual({ '32': 9, '94': 1 });
  });

  it('reads one kind’s figures, leaving out the territories without any', () => {
    expect(figuresOf(counter, 'departement', 'collectivity')).toEqual({ '59': 5 });
    expect(figuresOf(counter, 'departement', 'platform')).toEqual({ '2A': 1 });
    expect(figuresOf(counter, 'region', 'individual')).toEqual({ '32': 3 });
    expect(figuresOf(counter, 'region', 'organization')).toEqual({});
  });
});

describe('mapLevelOf', () => {
  it('is the départements unless `region` is asked for', () => {
    expect(mapLevelOf('region')).toBe('region');
    expect(mapLevelOf('departement')).toBe('departement');
    expect(mapLevelOf('pays')).toBe('departement');
    expect(mapLevelOf(null)).toBe('departement');
  });
});

describe('classesOf and shadeOf', () => {
  it('has no class without signatures, and gives one signature the darkest shade', () => {
    expect(classesOf(0)).toEqual([]);
    expect(classesOf(1)).toEqual([{ from: 1, to: 1, shade: 5 }]);
    expect(shadeOf(0, classesOf(1))).toBe(0);
    expect(shadeOf(1, classesOf(1))).toBe(5);
  });

  it('cuts larger figures into five classes of equal width, darker as they grow', () => {
    const classes = classesOf(100);
    expect(classes.map((c) => [c.from, c.to, c.shade])).toEqual([
      [1, 20, 1],
      [21, 40, 2],
      [41, 60, 3],
      [61, 80, 4],
      [81, 100, 5],
    ]);
    expect(shadeOf(20, classes)).toBe(1);
    expect(shadeOf(21, classes)).toBe(2);
    expect(shadeOf(100, classes)).toBe(5);
  });

  it('makes fewer classes than shades for small figures, none of them empty', () => {
    expect(classesOf(3).map((c) => [c.from, c.to])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(classesOf(3).at(-1)?.shade).toBe(5);
  });
});
