import { closeSync, existsSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import Sqlite from 'better-sqlite3';

export interface SqliteBackupResult {
  /** The copy's size in bytes. */
  bytes: number;
  pages: number;
}

/**
 * Writes a consistent copy of the SQLite database at `source` to `target` while registries keep
 * writing to it: SQLite's online backup API (through better-sqlite3), never a file copy, which
 * could catch the file between two pages of a transaction, or without what the WAL still holds.
 *
 * The copy is made in one backup step, so it is the database as of one instant (a step holds a
 * read transaction; in WAL mode writers do not wait for it); copied in small steps, a backup
 * restarts whenever another process writes, and might never end under a steady load. It is
 * written to a file beside the target created readable by the owner only (it holds personal
 * data), checked with `integrity_check`, left in rollback-journal mode (one self-contained file),
 * and renamed into place: `target` is either absent or complete. An existing `target` is refused.
 */
export async function backupSqliteDatabase(
  source: string,
  target: string,
): Promise<SqliteBackupResult> {
  if (existsSync(target)) throw new Error(`${target} already exists: choose a new file name`);
  const database = new Sqlite(source, { readonly: true, fileMustExist: true });
  const partial = `${target}.partial-${process.pid}`;
  try {
    database.pragma('busy_timeout = 5000');
    closeSync(openSync(partial, 'wx', 0o600));
    const { totalPages } = await database.backup(partial, { progress: () => 0x7fffffff });
    const copy = new Sqlite(partial, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new Error(`the copy fails its integrity check: ${check}`);
    } finally {
      copy.close();
    }
    renameSync(partial, target);
    return { bytes: statSync(target).size, pages: totalPages };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    database.close();
  }
}
