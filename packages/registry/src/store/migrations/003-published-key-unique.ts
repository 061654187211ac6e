import { type Kysely, sql } from 'kysely';

// Forward-only: a migration, once released, is never edited; a change is a new numbered file.
// No squatting: a pending signature no longer holds its entity's key. Several pending (and, while a
// moderator decides between them, several confirmed) signatures may share a key; only one per
// manifesto and key may be published. A plain index serves the look-ups by key.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('signatures_key_unique').execute();
  await db.schema
    .createIndex('signatures_key')
    .on('signatures')
    .columns(['manifesto_id', 'signature_key'])
    .execute();
  await db.schema
    .createIndex('signatures_published_key_unique')
    .on('signatures')
    .columns(['manifesto_id', 'signature_key'])
    .unique()
    .where(sql.ref('status'), '=', sql.lit('published'))
    .execute();
}
