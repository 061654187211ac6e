import type { Counter } from '@plateformcoop/model';
import { describe, expect, it } from 'vitest';
import { countOf, progressOf } from './counter-value.js';

const counter: Counter = {
  manifestoId: 'plateformcoop-2023',
  total: 12,
  byKind: { collectivity: 5, platform: 3, organization: 0, individual: 4 },
  byDepartement: { '59': 6, '2A': 1 },
  byRegion: { '32': 9 },
  byDepartementAndKind: { '59': { collectivity: 5, individual: 1 }, '2A': { platform: 1 } },
  byRegionAndKind: { '32': { collectivity: 5, individual: 4 } },
  populationCovered: 250_000,
  goal: 100,
  updatedAt: '2026-11-28T12:00:00Z',
};

describe('countOf', () => {
  it('counts everything, a kind, a département or a région', () => {
    expect(countOf(counter, {})).toBe(12);
    expect(countOf(counter, { kind: 'collectivity' })).toBe(5);
    expect(countOf(counter, { departement: '2a' })).toBe(1);
    expect(countOf(counter, { region: '32' })).toBe(9);
    expect(countOf(counter, { departement: '75' })).toBe(0);
  });

  it('lets a territory win over a kind, as the registry totals them separately', () => {
    expect(countOf(counter, { kind: 'platform', departement: '59' })).toBe(6);
    expect(countOf(counter, { kind: 'platform', region: '32' })).toBe(9);
  });
});

describe('progressOf', () => {
  it('is the share of the goal, capped at 1, and 0 without a goal', () => {
    expect(progressOf(25, 100)).toBe(0.25);
    expect(progressOf(150, 100)).toBe(1);
    expect(progressOf(10, undefined)).toBe(0);
    expect(progressOf(10, 0)).toBe(0);
  });
});
