import type { Kysely } from 'kysely';

// Forward-only: a migration, once released, is never edited; a change is a new numbered file.
// Signatures recorded by a moderator from a council's (or board's) deliberation keep it: public,
// institutional, and kept when personal data is erased.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('signatures').addColumn('deliberation', 'text').execute();
}
