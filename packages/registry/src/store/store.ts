import { sql } from 'kysely';
import { ChallengeStore } from './challenge-store.js';
import { type DatabaseHandle, type OpenDatabaseOptions, openDatabase } from './database.js';
import { MailLogStore } from './mail-log-store.js';
import { migrateToLatest } from './migrate.js';
import { PlatformStore } from './platform-store.js';
import { SignatureStore } from './signature-store.js';

/** The registry's storage: one database, one repository per concern. */
export interface Store {
  handle: DatabaseHandle;
  signatures: SignatureStore;
  challenges: ChallengeStore;
  mailLog: MailLogStore;
  platforms: PlatformStore;
  /** PostgreSQL: the schema the registry works in. */
  currentSchema(): Promise<string>;
  close(): Promise<void>;
}

/** Opens the database, runs pending migrations, and returns the repositories. */
export async function openStore(
  url: string,
  options: OpenDatabaseOptions & { migrate?: boolean } = {},
): Promise<Store> {
  const handle = await openDatabase(url, options);
  if (options.migrate !== false) await migrateToLatest(handle.db, handle.kind);
  return {
    handle,
    signatures: new SignatureStore(handle.db),
    challenges: new ChallengeStore(handle.db),
    mailLog: new MailLogStore(handle.db),
    platforms: new PlatformStore(handle.db),
    currentSchema: async () =>
      (await sql<{ schema: string }>`select current_schema() as schema`.execute(handle.db)).rows[0]
        ?.schema ?? 'public',
    close: () => handle.db.destroy(),
  };
}
