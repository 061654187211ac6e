import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';

/**
 * The registry's files hold addresses and live tokens: its folders are its owner's alone (0700)
 * and its files too (0600), whatever the umask (a mode given at creation only loses bits to it).
 */
export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Creates `folder` (and its missing parents) readable by the owner only. A folder that exists
 * keeps its mode: the operator chose it (`DATA_DIR=.` must not lock the working directory).
 */
export function ensurePrivateFolder(folder: string): void {
  if (existsSync(folder)) return;
  mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  chmodSync(folder, PRIVATE_FOLDER_MODE);
}

/** Creates `file` empty if missing, and makes it readable and writable by the owner only. */
export function ensurePrivateFile(file: string): void {
  closeSync(openSync(file, 'a', PRIVATE_FILE_MODE));
  chmodSync(file, PRIVATE_FILE_MODE);
}

/** Makes `file` readable and writable by the owner only, if it exists. */
export function makePrivateIfPresent(file: string): void {
  if (existsSync(file)) chmodSync(file, PRIVATE_FILE_MODE);
}
