import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** A database a test file runs against: a fresh SQLite file or a fresh PostgreSQL schema. */
export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  url: string;
  pgSchema?: string;
}

const pgUrl = process.env.PLATEFORMCOOP_TEST_DATABASE_URL;
const inCi = process.env.CI === 'true';

/**
 * The databases every storage-touching test runs against. PostgreSQL is skipped only on a
 * developer's machine without `PLATEFORMCOOP_TEST_DATABASE_URL`; in CI its absence fails.
 */
export function testDatabases(): TestDatabase[] {
  const dir = mkdtempSync(join(tmpdir(), 'pc-registry-test-'));
  const list: TestDatabase[] = [{ name: 'sqlite', url: join(dir, 'registry.sqlite') }];
  if (pgUrl) {
    list.push({ name: 'postgres', url: pgUrl, pgSchema: `t_${randomBytes(6).toString('hex')}` });
  } else if (inCi) {
    throw new Error(
      'CI=true but PLATEFORMCOOP_TEST_DATABASE_URL is unset: PostgreSQL tests cannot run',
    );
  }
  return list;
}

/** A fresh SQLite file path or PostgreSQL schema for one more registry in the same test file. */
export function freshDatabase(base: TestDatabase): TestDatabase {
  if (base.name === 'sqlite') {
    return {
      name: 'sqlite',
      url: join(mkdtempSync(join(tmpdir(), 'pc-registry-test-')), 'registry.sqlite'),
    };
  }
  return { ...base, pgSchema: `t_${randomBytes(6).toString('hex')}` };
}

/** Drops a test schema (PostgreSQL); SQLite files live in the OS temporary folder. */
export async function dropTestDatabase(database: TestDatabase): Promise<void> {
  if (database.name !== 'postgres' || !database.pgSchema) return;
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${database.pgSchema}" CASCADE`);
  } finally {
    await client.end();
  }
}
