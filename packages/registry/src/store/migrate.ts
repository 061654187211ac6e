import { type Kysely, type MigrationResult, Migrator, sql } from 'kysely';
import { migrations } from './migrations/index.js';
import type { Database } from './schema.js';

/** Runs every pending migration; throws with the failing one's name. */
export async function migrateToLatest(
  db: Kysely<Database>,
  kind: 'sqlite' | 'postgres',
): Promise<MigrationResult[]> {
  // On PostgreSQL the bookkeeping tables live in the schema the registry works in, or Kysely
  // would find another schema's and skip creating its own.
  const schema =
    kind === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]
          ?.schema
      : undefined;
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === 'Error');
    throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${String(error)}`, {
      cause: error,
    });
  }
  return results;
}
