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

/** A fresh admin token: 32 random bytes, well past the registry's 32 characters at least. */
const newAdminToken = () => `demo-${randomBytes(32).toString('base64url')}`;

/**
 * The saved state, or a new one (with a fresh admin token) on the first start. A token saved
 * before the registry refused short ones (24 characters) is replaced, so that the demo starts.
 */
export function loadDemoState(dir = DEMO_DATA_DIR): DemoState {
  mkdirSync(dir, { recursive: true });
  if (existsSync(stateFile(dir))) {
    const saved = JSON.parse(readFileSync(stateFile(dir), 'utf8')) as DemoState;
    if (saved.adminToken.length >= 32) return saved;
    const renewed = { ...saved, adminToken: newAdminToken() };
    saveDemoState(renewed, dir);
    return renewed;
  }
  const state = { adminToken: newAdminToken() };
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
