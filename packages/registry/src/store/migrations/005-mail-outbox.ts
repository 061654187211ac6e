import type { Kysely } from 'kysely';

// Forward-only: a migration, once released, is never edited; a change is a new numbered file.
// The mail outbox: a mail is a row written in the same transaction as the change that causes
// it, delivered (and retried) by a worker; once sent or given up, its message (the address, the
// links) is erased and only the bookkeeping stays.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
    // `waiting`, `sent` or `failed`.
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    // The message as JSON (recipient, subject, text, HTML, locale); `null` once settled.
    .addColumn('message', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('settled_at', 'varchar(32)')
    // The transport's last error, addresses redacted.
    .addColumn('last_error', 'text')
    .execute();
  await db.schema
    .createIndex('mail_outbox_due')
    .on('mail_outbox')
    .columns(['status', 'next_attempt_at'])
    .execute();
}
