import type { Kysely } from 'kysely';

// Forward-only: a migration, once released, is never edited; a change is a new numbered file.
// The moderation console's tables: named admin tokens (hashed) and the audit log of status changes.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('admin_tokens')
    .addColumn('name', 'varchar(64)', (c) => c.primaryKey())
    // SHA-256 of the token, hex: a leaked database does not give moderation away.
    .addColumn('token_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('revoked_at', 'varchar(32)')
    .execute();

  await db.schema
    .createTable('signature_events')
    .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
    .addColumn('signature_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('manifesto_id', 'varchar(80)', (c) => c.notNull())
    .addColumn('from_status', 'varchar(32)', (c) => c.notNull())
    .addColumn('to_status', 'varchar(32)', (c) => c.notNull())
    // `signer`, `moderator` (then `actor_name` is the admin token's name) or `system`.
    .addColumn('actor_kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('actor_name', 'varchar(64)', (c) => c.notNull())
    .addColumn('reason', 'text')
    // Milliseconds, so that two changes of one second keep their order.
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('signature_events_signature')
    .on('signature_events')
    .columns(['signature_id', 'at'])
    .execute();
}
