import type { Kysely } from 'kysely';

// Forward-only: a migration, once released, is never edited; a change is a new numbered file.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('signatures')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('manifesto_id', 'varchar(80)', (c) => c.notNull())
    .addColumn('signature_key', 'varchar(200)')
    .addColumn('status', 'varchar(32)', (c) => c.notNull())
    .addColumn('kind', 'varchar(32)', (c) => c.notNull())
    .addColumn('locale', 'varchar(8)', (c) => c.notNull())
    .addColumn('manifesto_hash', 'varchar(80)', (c) => c.notNull())
    .addColumn('submission', 'text')
    .addColumn('commitments', 'text', (c) => c.notNull())
    .addColumn('entity_name', 'text')
    .addColumn('collectivity_type', 'varchar(40)')
    .addColumn('siren', 'varchar(9)')
    .addColumn('insee_code', 'varchar(5)')
    .addColumn('departement_code', 'varchar(3)')
    .addColumn('region_code', 'varchar(2)')
    .addColumn('population', 'integer')
    .addColumn('platform_slug', 'varchar(80)')
    .addColumn('search_text', 'text')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('confirmed_at', 'varchar(32)')
    .addColumn('published_at', 'varchar(32)')
    .addColumn('rejected_at', 'varchar(32)')
    .addColumn('withdrawn_at', 'varchar(32)')
    .addColumn('expired_at', 'varchar(32)')
    .addColumn('erased_at', 'varchar(32)')
    .execute();
  // One live signature per key and manifesto; NULL keys (withdrawn, expired) never collide.
  await db.schema
    .createIndex('signatures_key_unique')
    .on('signatures')
    .columns(['manifesto_id', 'signature_key'])
    .unique()
    .execute();
  await db.schema
    .createIndex('signatures_listing')
    .on('signatures')
    .columns(['manifesto_id', 'status', 'published_at', 'id'])
    .execute();
  await db.schema
    .createIndex('signatures_status_created')
    .on('signatures')
    .columns(['status', 'created_at'])
    .execute();

  await db.schema
    .createTable('used_challenges')
    .addColumn('id', 'varchar(200)', (c) => c.primaryKey())
    .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('mail_log')
    .addColumn('address_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('sent_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('mail_log_address')
    .on('mail_log')
    .columns(['address_hash', 'sent_at'])
    .execute();

  await db.schema
    .createTable('platforms')
    .addColumn('slug', 'varchar(80)', (c) => c.primaryKey())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('origin', 'varchar(16)', (c) => c.notNull())
    .addColumn('siren', 'varchar(9)')
    .addColumn('domain', 'varchar(253)')
    .addColumn('signature_id', 'varchar(64)')
    .addColumn('signed_at', 'varchar(32)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('platforms_siren').on('platforms').column('siren').execute();
  await db.schema.createIndex('platforms_domain').on('platforms').column('domain').execute();
}
