import type { Kysely } from 'kysely';

// Forward-only: a migration, once released, is never edited; a change is a new numbered file.
// Rate limits shared by every process on the database: hits per limiter, key (an address or a
// /64 network) and fixed window; rows older than two windows are swept.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'varchar(200)', (c) => c.notNull())
    // The window's start, in milliseconds since 1970.
    .addColumn('window_start', 'bigint', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('rate_limits_pk', ['key', 'window_start'])
    .execute();
  await db.schema
    .createIndex('rate_limits_window')
    .on('rate_limits')
    .column('window_start')
    .execute();
}
