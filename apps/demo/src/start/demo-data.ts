import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The local registry's data of `npm start` (gitignored); `npm run demo:reset` wipes it.
 * `DEMO_DATA_DIR` puts it elsewhere (the test of `npm start` uses a temporary folder).
 */
export const DEMO_DATA_DIR = resolve(
  process.env.DEMO_DATA_DIR ?? fileURLToPath(new URL('../../.data', import.meta.url)),
);

export interface DemoState {
  adminToken: string;
  /** When the demo signatures were loaded; absent until the first start finished seeding. */
  seededAt?: string;
}

const stateFile = (dir: string) => join(dir, 'demo.json');

/** The saved state, or a new one (with a fresh admin token) on the first start. */
export function loadDemoState(dir = DEMO_DATA_DIR): DemoState {
  mkdirSync(dir, { recursive: true });
  if (existsSync(stateFile(dir)))
    return JSON.parse(readFileSync(stateFile(dir), 'utf8')) as DemoState;
  const state = { adminToken: `demo-${randomBytes(18).toString('base64url')}` };
  saveDemoState(state, dir);
  return state;
}

export function saveDemoState(state: DemoState, dir = DEMO_DATA_DIR): void {
  writeFileSync(stateFile(dir), `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
}

/** Removes every file of the demo's registry. Returns whether there was anything. */
export function wipeDemoData(dir = DEMO_DATA_DIR): boolean {
  const existed = existsSync(dir);
  rmSync(dir, { recursive: true, force: true });
  return existed;
}
