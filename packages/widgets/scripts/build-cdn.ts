/**
 * Builds the browser bundles in dist/cdn/: `plateformcoop.js` (every element) and one file per
 * element, minified ESM with Lit's production build (esbuild's default conditions never pick
 * Lit's `development` export), source maps, a content-hashed copy of each entry for immutable
 * caching, and `manifest.json` mapping each stable name to its hashed copy and its SRI hash.
 * Each entry is built on its own so that it loads as one file; only lazily needed code (the
 * proof-of-work solver) is split into a chunk.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { makeSourceMapsSelfContained } from '../../../scripts/build/self-contained-source-maps.ts';
import { CDN_ENTRIES } from '../src/cdn/bundles.js';
import { minifyLitTemplates } from './minify-lit-templates.js';

const packageDir = dirname(dirname(fileURLToPath(import.meta.url)));
const outdir = join(packageDir, 'dist/cdn');
const { version } = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as {
  version: string;
};

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

const manifest: Record<string, { file: string; integrity: string }> = {};
for (const entry of CDN_ENTRIES) {
  await build({
    entryPoints: { [entry]: join(packageDir, `src/cdn/${entry}.ts`) },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: 'linked',
    legalComments: 'none',
    chunkNames: 'chunks/[name]-[hash]',
    define: { __PLATEFORMCOOP_WIDGETS_VERSION__: JSON.stringify(version) },
    // The sibling packages are bundled from their sources, module by module, so that what a
    // widget does not use is left out (the model keeps its word lists in schema-free modules).
    // (An area of the core's catalogue is imported alone, by its `messages/*` subpath.)
    alias: {
      '@plateformcoop/model': join(packageDir, '../model/src/index.ts'),
      '@plateformcoop/signature/messages': join(packageDir, '../signature/src/messages'),
      '@plateformcoop/signature': join(packageDir, '../signature/src/index.ts'),
    },
    plugins: [minifyLitTemplates],
    logLevel: 'warning',
  });
  const code = await readFile(join(outdir, `${entry}.js`), 'utf8');
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 10);
  const hashed = `${entry}-${hash}.js`;
  await writeFile(
    join(outdir, hashed),
    code.replace(`//# sourceMappingURL=${entry}.js.map`, `//# sourceMappingURL=${hashed}.map`),
  );
  await writeFile(join(outdir, `${hashed}.map`), await readFile(join(outdir, `${entry}.js.map`)));
  manifest[`${entry}.js`] = {
    file: hashed,
    integrity: `sha384-${createHash('sha384')
      .update(await readFile(join(outdir, hashed)))
      .digest('base64')}`,
  };
}
// Published maps embed their sources and name none outside the package (see the function).
await makeSourceMapsSelfContained(outdir, packageDir, join(packageDir, '../..'));
// The page-level stylesheet that reserves the elements' room before they are defined.
const css = await readFile(join(packageDir, 'src/cdn/plateformcoop.css'));
const cssHashed = `plateformcoop-${createHash('sha256').update(css).digest('hex').slice(0, 10)}.css`;
await writeFile(join(outdir, 'plateformcoop.css'), css);
await writeFile(join(outdir, cssHashed), css);
manifest['plateformcoop.css'] = {
  file: cssHashed,
  integrity: `sha384-${createHash('sha384').update(css).digest('base64')}`,
};
await writeFile(
  join(outdir, 'manifest.json'),
  `${JSON.stringify({ version, files: manifest }, null, 2)}\n`,
);
console.log(`dist/cdn: ${Object.keys(manifest).length} bundles (${basename(outdir)})`);
