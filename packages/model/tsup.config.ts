import { defineConfig } from 'tsup';

export default defineConfig({
  // One output module per source module (no bundling), so that with `sideEffects: false` a
  // consumer's bundler keeps only the modules it uses: the widgets import a few schemas and
  // words, never the whole manifesto or every parser.
  entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/test-support/**'],
  bundle: false,
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  dts: { entry: 'src/index.ts' },
  sourcemap: true,
  clean: true,
  // The JSON Schema files are written after the build, from the build itself.
  onSuccess: 'node scripts/generate-json-schemas.mjs',
});
