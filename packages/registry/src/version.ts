import { createRequire } from 'node:module';

/** The package's version, from its package.json (one level above `dist/` and `src/`). */
export const REGISTRY_VERSION: string = (
  createRequire(import.meta.url)('../package.json') as { version: string }
).version;
