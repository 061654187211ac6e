// Builds the moderation console into dist/console/ (served by the registry at /admin/): one
// content-hashed ES module (Lit, the model's words and the console's area of the signature
// package's catalogue bundled in, production build), one content-hashed stylesheet, and
// index.html naming both. Run by the registry's `build` script.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { makeSourceMapsSelfContained } from '../../../scripts/build/self-contained-source-maps.ts';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'dist', 'console');
const hash = (text: string | Uint8Array) =>
  createHash('sha256').update(text).digest('hex').slice(0, 10);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const result = await build({
  entryPoints: [join(here, 'src', 'main.ts')],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: 'external',
  write: false,
  outfile: join(out, 'console.js'),
  legalComments: 'none',
  // Lit's production build (the development one warns and is larger).
  conditions: ['production'],
  tsconfig: join(here, 'tsconfig.json'),
  metafile: true,
  plugins: [
    {
      // The registry's package.json says `sideEffects: false` (true of its server code); the
      // console's modules define custom elements when imported, so esbuild must keep them.
      name: 'console-modules-define-elements',
      setup(b) {
        b.onResolve({ filter: /^\.\.?\// }, async (args) => {
          if (!args.importer.startsWith(join(here, 'src'))) return undefined;
          if (args.pluginData === 'resolving') return undefined;
          const resolved = await b.resolve(args.path, {
            kind: args.kind,
            resolveDir: args.resolveDir,
            pluginData: 'resolving',
          });
          return { ...resolved, sideEffects: true };
        });
      },
    },
  ],
});
const js = result.outputFiles.find((f) => f.path.endsWith('.js'))!;
const map = result.outputFiles.find((f) => f.path.endsWith('.js.map'))!;
const jsName = `console-${hash(js.contents)}.js`;
writeFileSync(
  join(out, jsName),
  `${js.text.replace(/\/\/# sourceMappingURL=.*$/m, '')}//# sourceMappingURL=${jsName}.map\n`,
);
writeFileSync(join(out, `${jsName}.map`), map.contents);
// A published map names no file of the machine that built it (Lit's sources become
// `plateformcoop://node_modules/...`), with every source's text embedded.
await makeSourceMapsSelfContained(out, join(here, '..'), join(here, '..', '..', '..'));

const css = readFileSync(join(here, 'src', 'console.css'), 'utf8');
const cssName = `console-${hash(css)}.css`;
writeFileSync(join(out, cssName), css);

const html = readFileSync(join(here, 'src', 'index.html'), 'utf8')
  .replace('%CSS%', cssName)
  .replace('%JS%', jsName);
writeFileSync(join(out, 'index.html'), html);
console.log(
  `console: dist/console/${jsName} (${(js.contents.length / 1024).toFixed(1)} KiB), ${cssName}`,
);
