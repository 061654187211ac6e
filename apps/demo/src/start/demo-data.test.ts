import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDemoState, saveDemoState, wipeDemoData } from './demo-data.js';

describe('the demo data folder', () => {
  it('keeps the admin token and the seeding mark from one start to the next, until wiped', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'pc-demo-data-')), '.data');
    const first = loadDemoState(dir);
    expect(first.adminToken).toMatch(/^demo-[\w-]{43}$/);
    expect(first.seededAt).toBeUndefined();
    saveDemoState({ ...first, seededAt: '2026-11-28T10:00:00Z' }, dir);
    expect(loadDemoState(dir)).toEqual({ ...first, seededAt: '2026-11-28T10:00:00Z' });
    expect(wipeDemoData(dir)).toBe(true);
    expect(existsSync(dir)).toBe(false);
    expect(wipeDemoData(dir)).toBe(false);
    expect(loadDemoState(dir).adminToken).not.toBe(first.adminToken);
  });

  it('replaces a short admin token saved by an older demo, which the registry now refuses', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'pc-demo-data-')), '.data');
    loadDemoState(dir);
    saveDemoState(
      { adminToken: 'demo-0123456789abcdefghijklmn', seededAt: '2026-11-28T10:00:00Z' },
      dir,
    );
    const renewed = loadDemoState(dir);
    expect(renewed.adminToken).toMatch(/^demo-[\w-]{43}$/);
    expect(renewed.seededAt).toBe('2026-11-28T10:00:00Z');
    expect(loadDemoState(dir)).toEqual(renewed);
  });
});
