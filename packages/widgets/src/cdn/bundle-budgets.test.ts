/**
 * The shipped browser bundles (dist/cdn, from `npm run build`, which `npm test` runs first):
 * their gzip size against the budgets of the widgets' issue, Lit's production build, and the
 * proof-of-work solver kept out of the entries. gzip level 9, as size-limit measures.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const cdn = join(import.meta.dirname, '../../dist/cdn');
const gzip = (file: string) => gzipSync(readFileSync(join(cdn, file)), { level: 9 }).length;
const text = (file: string) => readFileSync(join(cdn, file), 'utf8');
const ENTRIES = [
  'plateformcoop',
  'counter',
  'badge',
  'platform-card',
  'signatories',
  'signature-form',
];

describe('browser bundles', () => {
  it('exist for every entry, with a hashed copy and a source map', () => {
    const manifest = JSON.parse(text('manifest.json')) as {
      files: Record<string, { file: string; integrity: string }>;
    };
    for (const entry of ENTRIES) {
      expect(existsSync(join(cdn, `${entry}.js.map`)), entry).toBe(true);
      const hashed = manifest.files[`${entry}.js`]!;
      expect(hashed.file).toMatch(new RegExp(`^${entry}-[0-9a-f]{10}\\.js$`));
      expect(hashed.integrity).toMatch(/^sha384-/);
      expect(existsSync(join(cdn, hashed.file))).toBe(true);
    }
  });

  it('ship source maps that embed their sources and name none outside the package', () => {
    const maps = readdirSync(cdn, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.map'),
    );
    expect(maps.length).toBeGreaterThan(ENTRIES.length);
    for (const file of maps) {
      const map = JSON.parse(text(file)) as { sources: string[]; sourcesContent: unknown[] };
      map.sources.forEach((source, index) => {
        expect(typeof map.sourcesContent[index], `${file}: ${source}`).toBe('string');
        const inside = posix.normalize(posix.join('dist/cdn', posix.dirname(file), source));
        expect(
          source.startsWith('plateformcoop://') || !inside.startsWith('..'),
          `${file}: ${source}`,
        ).toBe(true);
      });
    }
  });

  it('ship Lit’s production build and no eval', () => {
    for (const file of [
      ...ENTRIES.map((e) => `${e}.js`),
      ...readdirSync(join(cdn, 'chunks'))
        .filter((f) => f.endsWith('.js'))
        .map((f) => `chunks/${f}`),
    ]) {
      const code = text(file);
      expect(code, file).not.toMatch(/Lit is in dev mode|lit\.dev\/msg\/dev-mode/);
      expect(code, file).not.toMatch(/\beval\(|new Function\(/);
    }
  });

  it('load the proof-of-work solver only when the form needs it', () => {
    for (const entry of ['plateformcoop', 'signature-form']) {
      expect(text(`${entry}.js`)).not.toContain('solveChallenge');
      expect(text(`${entry}.js`), 'no zod in the browser path').not.toMatch(
        /\$ZodType|invalid_type/,
      );
      expect(text(`${entry}.js`)).toMatch(
        /import\("\.\/chunks\/solve-proof-of-work-[A-Z0-9]+\.js"\)/,
      );
    }
  });

  it('keep the counter entry, with Lit, within 9 KB gzip', () => {
    expect(gzip('counter.js')).toBeLessThanOrEqual(9_000);
  });

  it('keep the badge entry, with Lit, within 12 KB gzip', () => {
    expect(gzip('badge.js')).toBeLessThanOrEqual(12_000);
  });

  it('keep the full bundle (every element, fr and en, validation core) within 35 KB gzip', () => {
    expect(gzip('plateformcoop.js')).toBeLessThanOrEqual(35_000);
  });

  it('report every entry’s size', () => {
    const sizes = Object.fromEntries(ENTRIES.map((e) => [e, gzip(`${e}.js`)]));
    console.info('gzip bytes:', sizes);
    expect(Object.values(sizes).every((size) => size > 5_000)).toBe(true); // each carries Lit
  });
});
