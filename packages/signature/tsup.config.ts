import { defineConfig } from 'tsup';

export default defineConfig({
  // One module per source file, so that a bundler keeps only what a page imports (the form
  // does not pull in jose, a badge does not pull in the validator).
  entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.browser.test.ts', '!src/test-support/**'],
  bundle: false,
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  dts: { entry: 'src/index.ts' },
  sourcemap: true,
  clean: true,
});
