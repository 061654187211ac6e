import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  // The JSON Schema files are written after the bundle, from the bundle itself.
  onSuccess: 'node scripts/generate-json-schemas.mjs',
});
