import { dirname } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import {
  ensurePrivateFile,
  ensurePrivateFolder,
  makePrivateIfPresent,
} from '../config/private-files.js';
import type { Database } from './schema.js';
import { withStatementCache } from './sqlite-statement-cache.js';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** Where it lives, without credentials (safe to log). */
  location: string;
  /** Calls `listener` with the SQL of every query run from now on (tests count them); returns the stop. */
  observeQueries(listener: (sql: string) => void): () => void;
}

/** The query observers of one database, fed by Kysely's `log` hook. */
function queryObservers() {
  const listeners = new Set<(sql: string) => void>();
  return {
    log: (event: { query: { sql: string } }) => {
      for (const listener of listeners) listener(event.query.sql);
    },
    observeQueries(listener: (sql: string) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

export interface OpenDatabaseOptions {
  /** PostgreSQL only: the schema to work in (created when missing); tests use one per file. */
  pgSchema?: string;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** `postgres://` and `postgresql://` URLs go to PostgreSQL; anything else is a SQLite file. */
export function databaseKindOf(url: string): DatabaseKind {
  return /^postgres(ql)?:\/\//i.test(url) ? 'postgres' : 'sqlite';
}

/** The file path of a SQLite `DATABASE_URL` (`:memory:` for an in-memory database). */
export function sqlitePathOf(url: string): string {
  if (url === ':memory:' || url === 'sqlite::memory:') return ':memory:';
  return url.replace(/^sqlite:(\/\/)?/i, '');
}

/** Opens the database named by `DATABASE_URL` (a file path, a `sqlite:` URL or a `postgres://` URL). */
export async function openDatabase(
  url: string,
  options: OpenDatabaseOptions = {},
): Promise<DatabaseHandle> {
  if (databaseKindOf(url) === 'postgres') {
    const schema = options.pgSchema;
    if (schema !== undefined && !SCHEMA_NAME.test(schema))
      throw new Error(`bad schema name ${schema}`);
    if (schema) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        await admin.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      } finally {
        await admin.end();
      }
    }
    const pool = new pg.Pool({
      connectionString: url,
      max: 10,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    const safe = new URL(url);
    safe.password = '';
    const observers = queryObservers();
    return {
      db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log: observers.log }),
      observeQueries: observers.observeQueries,
      kind: 'postgres',
      location: `${safe.origin}${safe.pathname}${schema ? ` (schema ${schema})` : ''}`,
    };
  }
  const path = sqlitePathOf(url);
  if (path !== ':memory:') {
    // The database, and its -wal and -shm that SQLite creates with the database's own mode:
    // the owner's alone, whatever the umask.
    ensurePrivateFolder(dirname(path));
    ensurePrivateFile(path);
    for (const companion of ['-wal', '-shm', '-journal']) makePrivateIfPresent(path + companion);
  }
  const sqlite = new Sqlite(path);
  // WAL: readers never wait for the writer. NORMAL is durable across process crashes (SIGKILL):
  // a committed transaction is in the WAL file before the 202 leaves.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  const observers = queryObservers();
  return {
    db: new Kysely<Database>({
      dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
      log: observers.log,
    }),
    observeQueries: observers.observeQueries,
    kind: 'sqlite',
    location: path,
  };
}
