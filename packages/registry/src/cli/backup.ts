import { join, resolve } from 'node:path';
import type { RegistryConfig } from '../config/config.js';
import { databaseKindOf, sqlitePathOf } from '../store/database.js';
import { backupSqliteDatabase } from '../store/sqlite-backup.js';

export const BACKUP_USAGE = 'backup <file>';

/**
 * `backup <file>`: a consistent copy of the SQLite database, made while registries serve it
 * (see `backupSqliteDatabase`), mode 600. A PostgreSQL database is backed up with `pg_dump`
 * (the production guide gives the commands). Either way the database alone is not enough to
 * bring a registry back: the signing keys and the registry secret live beside it, and the
 * command names them.
 */
export async function runBackupCommand(
  config: RegistryConfig,
  args: readonly string[],
  print: (line: string) => void,
): Promise<void> {
  const [target, extra] = args;
  if (!target || extra !== undefined)
    throw new Error(`usage: plateformcoop-registry ${BACKUP_USAGE}`);
  if (databaseKindOf(config.databaseUrl) === 'postgres')
    throw new Error(
      'DATABASE_URL is a PostgreSQL database: back it up with pg_dump, e.g. pg_dump -Fc -f registry.dump "$DATABASE_URL" (see deploy/README.md)',
    );
  const source = sqlitePathOf(config.databaseUrl);
  if (source === ':memory:') throw new Error('an in-memory database has nothing to back up');
  const file = resolve(target);
  const { bytes, pages } = await backupSqliteDatabase(source, file);
  print(`backup of ${source} written to ${file} (${pages} pages, ${bytes} bytes, mode 600)`);
  // The serving registry's environment may differ from this command's: name both places.
  print(
    `keep beside it, they are not in the database: the signing keys (${config.signingKeyFile}) and the registry secret (REGISTRY_SECRET, or ${join(config.dataDir, 'registry-secret')} when it is unset)`,
  );
}
