import type { Database as Sqlite, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** More distinct statements than the registry's queries make (lists of ids vary in length). */
const MAX_STATEMENTS = 256;

/**
 * better-sqlite3 behind Kysely, with each statement compiled once: Kysely prepares every query
 * anew, and compiling the SQL costs about as much as running a small insert (measured by
 * `npm run bench`). A statement still iterating (a streamed query) is never handed out twice.
 */
export function withStatementCache(sqlite: Sqlite): SqliteDatabase {
  const statements = new Map<string, Statement>();
  return {
    prepare(sql) {
      const known = statements.get(sql);
      if (known && !known.busy) return known;
      const statement = sqlite.prepare(sql);
      if (!known) {
        if (statements.size >= MAX_STATEMENTS)
          statements.delete(statements.keys().next().value as string);
        statements.set(sql, statement);
      }
      return statement;
    },
    close() {
      statements.clear();
      sqlite.close();
    },
  };
}
