import Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './sqlite-statement-cache.js';

describe('withStatementCache', () => {
  it('compiles a statement once and runs it with each call’s parameters', () => {
    const database = withStatementCache(new Sqlite(':memory:'));
    const first = database.prepare('SELECT ? AS n');
    expect(database.prepare('SELECT ? AS n')).toBe(first);
    expect(first.all([1])).toEqual([{ n: 1 }]);
    expect(first.all([2])).toEqual([{ n: 2 }]);
    database.close();
  });

  it('hands a fresh statement out while the cached one is still iterating', () => {
    const database = withStatementCache(new Sqlite(':memory:'));
    const query = 'SELECT value FROM json_each(?)';
    const rows = database.prepare(query).iterate(['[1,2,3]']);
    expect(rows.next().value).toEqual({ value: 1 });
    const other = database.prepare(query);
    expect(other.all(['[4]'])).toEqual([{ value: 4 }]);
    expect([...rows]).toEqual([{ value: 2 }, { value: 3 }]);
    database.close();
  });

  it('keeps Kysely’s queries right when the same SQL runs with other values', async () => {
    const db = new Kysely<{ t: { id: number; name: string } }>({
      dialect: new SqliteDialect({ database: withStatementCache(new Sqlite(':memory:')) }),
    });
    await sql`CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)`.execute(db);
    for (let id = 1; id <= 300; id++)
      await db
        .insertInto('t')
        .values({ id, name: `n${id}` })
        .execute();
    const names = await Promise.all(
      [7, 300, 1].map((id) =>
        db.selectFrom('t').select('name').where('id', '=', id).executeTakeFirstOrThrow(),
      ),
    );
    expect(names.map((r) => r.name)).toEqual(['n7', 'n300', 'n1']);
    // More distinct statements than the cache holds: still right.
    for (let n = 1; n <= 300; n++) {
      const ids = Array.from({ length: n }, (_, i) => i + 1);
      const found = await db.selectFrom('t').select('id').where('id', 'in', ids).execute();
      expect(found).toHaveLength(n);
    }
    await db.destroy();
  });
});
