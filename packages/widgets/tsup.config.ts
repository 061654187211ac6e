import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };

/** The npm build: ESM + .d.ts, dependencies left to the consumer's bundler. */
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    define: 'src/define.ts',
    'counter/define': 'src/counter/define.ts',
    'badge/define': 'src/badge/define.ts',
    'platform-card/define': 'src/platform-card/define.ts',
    'signatories/define': 'src/signatories/define.ts',
    'signature-form/define': 'src/signature-form/define.ts',
    'map/define': 'src/map/define.ts',
  },
  format: ['esm'],
  target: 'es2022',
  dts: true,
  sourcemap: true,
  // A clean dist each time, so no chunk of an earlier build is ever published.
  clean: true,
  splitting: true,
  treeshake: true,
  define: { __PLATEFORMCOOP_WIDGETS_VERSION__: JSON.stringify(version) },
});
