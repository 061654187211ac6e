import { readFileSync } from 'node:fs';

/** What a process may open when its limit cannot be read: Linux's usual soft limit. */
export const FALLBACK_OPEN_FILES = 1024;

/**
 * The process's soft limit of open files (each socket is one): read from `/proc/self/limits` on
 * Linux, `FALLBACK_OPEN_FILES` elsewhere or when unreadable. `unlimited` counts as a million.
 */
export function openFileLimit(limitsFile = '/proc/self/limits'): number {
  try {
    const line = readFileSync(limitsFile, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('Max open files'));
    const soft = line?.slice('Max open files'.length).trim().split(/\s+/)[0];
    if (soft === 'unlimited') return 1_000_000;
    const value = Number(soft);
    return Number.isInteger(value) && value > 0 ? value : FALLBACK_OPEN_FILES;
  } catch {
    return FALLBACK_OPEN_FILES;
  }
}

/**
 * How many counter streams the whole process keeps open at most: half of its open files, so
 * that the other half (the database, mail, every other request's socket) never runs out.
 */
export function streamsTotalFor(openFiles: number): number {
  return Math.max(1, Math.floor(openFiles / 2));
}
