import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

/** Every module of the catalogue (its areas in each language too), tests aside. */
const messageModules = readdirSync('src/messages', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => `src/messages/${file}`);

export default defineConfig({
  // One module per source file, so that a bundler keeps only what a page imports (the form
  // does not pull in jose, a badge does not pull in the validator).
  entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.browser.test.ts', '!src/test-support/**'],
  bundle: false,
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  // The index, and each module of the catalogue for the `./messages/*` subpath (a widget
  // imports the words of its area alone).
  dts: { entry: ['src/index.ts', ...messageModules] },
  sourcemap: true,
  clean: true,
});
