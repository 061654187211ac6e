/**
 * The shipped browser bundles (dist/cdn, from `npm run build`, which `npm test` runs first):
 * each file's gzip size against its budget (`bundles.ts`, the one place budgets are written,
 * which the README's table must show), Lit's production build, and the proof-of-work solver
 * kept out of the entries. gzip level 9, as size-limit measures.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CDN_BUDGETS, CDN_ENTRIES, CHUNK_BUDGETS } from './bundles.js';

const cdn = join(import.meta.dirname, '../../dist/cdn');
const gzip = (file: string) => gzipSync(readFileSync(join(cdn, file)), { level: 9 }).length;
const text = (file: string) => readFileSync(join(cdn, file), 'utf8');
const chunks = () =>
  readdirSync(join(cdn, 'chunks'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `chunks/${f}`);
/** The element entries (the iframe fallback's two small scripts carry no element). */
const ELEMENT_ENTRIES = CDN_ENTRIES.filter((entry) => !entry.startsWith('embed-'));

/** The budget of a lazily loaded chunk, by its name (`chunks/<name>-<hash>.js`). */
function chunkBudget(file: string): number | undefined {
  const name = /^chunks\/(.+)-[A-Z0-9]+\.js$/.exec(file)?.[1];
  return name ? (CHUNK_BUDGETS as Record<string, number>)[name] : undefined;
}

/** The README's "Sizes" table: each bundle it names, with its budget in bytes. */
function readmeBudgets(): Record<string, number> {
  const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
  const section = readme.slice(
    readme.indexOf('## Sizes'),
    readme.indexOf('\n## ', readme.indexOf('## Sizes') + 1),
  );
  const budgets: Record<string, number> = {};
  for (const [, file, kb] of section.matchAll(/^\| `([\w/*.-]+)`[^|]*\| ([\d.]+) KB \|/gm)) {
    budgets[file!] = Math.round(Number(kb) * 1000);
  }
  return budgets;
}

describe('browser bundles', () => {
  it('exist for every entry, with a hashed copy and a source map', () => {
    const manifest = JSON.parse(text('manifest.json')) as {
      files: Record<string, { file: string; integrity: string }>;
    };
    for (const entry of CDN_ENTRIES) {
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
    expect(maps.length).toBeGreaterThan(CDN_ENTRIES.length);
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
    for (const file of [...ELEMENT_ENTRIES.map((e) => `${e}.js`), ...chunks()]) {
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

  it('keep every entry within its budget', () => {
    const sizes = Object.fromEntries(Object.keys(CDN_BUDGETS).map((file) => [file, gzip(file)]));
    console.info('gzip bytes:', sizes);
    const over = Object.entries(CDN_BUDGETS)
      .filter(([file, budget]) => sizes[file]! > budget)
      .map(([file, budget]) => `${file}: ${sizes[file]} > ${budget}`);
    expect(over).toEqual([]);
    // Each element entry carries Lit: a tiny one would mean an entry built empty.
    for (const entry of ELEMENT_ENTRIES) expect(sizes[`${entry}.js`], entry).toBeGreaterThan(5_000);
  });

  it('keep every lazily loaded chunk within the budget of its kind, and none without one', () => {
    const files = chunks();
    expect(files.some((file) => file.startsWith('chunks/solve-proof-of-work-'))).toBe(true);
    const unbudgeted = files.filter((file) => chunkBudget(file) === undefined);
    expect(unbudgeted).toEqual([]);
    const over = files
      .filter((file) => gzip(file) > chunkBudget(file)!)
      .map((file) => `${file}: ${gzip(file)} > ${chunkBudget(file)}`);
    expect(over).toEqual([]);
  });

  it('are listed in the README with the budgets written in bundles.ts', () => {
    expect(readmeBudgets()).toEqual({
      ...CDN_BUDGETS,
      ...Object.fromEntries(
        Object.entries(CHUNK_BUDGETS).map(([name, budget]) => [`chunks/${name}-*.js`, budget]),
      ),
    });
  });
});
