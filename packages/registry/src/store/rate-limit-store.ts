import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.js';

/**
 * One key's sliding window at a moment: the fixed window it falls in, the one before, how much
 * of that one still overlaps (0 to 1), and the allowance.
 */
export interface RateWindow {
  key: string;
  windowStart: number;
  previousStart: number;
  overlap: number;
  limit: number;
}

/**
 * The sliding estimate, under the allowance: the previous window's hits weighed by how much of it
 * still overlaps, plus this window's.
 */
export function underLimit(window: RateWindow, previous: number, current: number): boolean {
  return previous * window.overlap + current < window.limit;
}

/**
 * Where a rate limiter counts: hits per key and fixed window. `take` counts one hit unless the
 * estimate already reached the limit, atomically; it resolves to whether it counted.
 */
export interface RateLimitStore {
  take(window: RateWindow): Promise<boolean>;
  /** Whether `take` would count a hit now, counting nothing. */
  allows(window: RateWindow): Promise<boolean>;
  /** Forgets windows that started before `before`. */
  sweep(before: number): Promise<void>;
}

/**
 * The database's rate limits, shared by every registry process on it: one statement per hit, an
 * insert that becomes an increment on conflict, either guarded by the estimate (PostgreSQL and
 * SQLite both have `INSERT … ON CONFLICT DO UPDATE … WHERE`).
 */
export class DatabaseRateLimitStore implements RateLimitStore {
  constructor(private readonly db: Kysely<Database>) {}

  async take(window: RateWindow): Promise<boolean> {
    const { key, windowStart, previousStart, overlap, limit } = window;
    // Casts: PostgreSQL types parameters from their context, and these have little.
    const start = sql`cast(${windowStart} as bigint)`;
    const cap = sql`cast(${limit} as double precision)`;
    const previous = sql`coalesce((select p.count from rate_limits p where p.key = ${key} and p.window_start = cast(${previousStart} as bigint)), 0) * cast(${overlap} as double precision)`;
    const result = await sql<{ count: number }>`
      insert into rate_limits (key, window_start, count)
      select cast(${key} as varchar(200)), ${start}, 1 where ${previous} < ${cap}
      on conflict (key, window_start) do update set count = rate_limits.count + 1
      where ${previous} + rate_limits.count < ${cap}
      returning count
    `.execute(this.db);
    return result.rows.length === 1;
  }

  async allows(window: RateWindow): Promise<boolean> {
    const { key, windowStart, previousStart } = window;
    const rows = await this.db
      .selectFrom('rate_limits')
      .select(['window_start', 'count'])
      .where('key', '=', key)
      .where('window_start', 'in', [windowStart, previousStart])
      .execute();
    const countOf = (start: number) =>
      Number(rows.find((r) => Number(r.window_start) === start)?.count ?? 0);
    return underLimit(window, countOf(previousStart), countOf(windowStart));
  }

  async sweep(before: number): Promise<void> {
    await this.db.deleteFrom('rate_limits').where('window_start', '<', before).execute();
  }
}

/** The same counts in this process's memory (tests of the arithmetic). */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, number>();

  async take(window: RateWindow): Promise<boolean> {
    // Decided and counted with no await between: concurrent takes see each other's hits.
    if (!this.allowsNow(window)) return false;
    const name = `${window.key} ${window.windowStart}`;
    this.windows.set(name, (this.windows.get(name) ?? 0) + 1);
    return true;
  }

  async allows(window: RateWindow): Promise<boolean> {
    return this.allowsNow(window);
  }

  private allowsNow(window: RateWindow): boolean {
    const count = (start: number) => this.windows.get(`${window.key} ${start}`) ?? 0;
    return underLimit(window, count(window.previousStart), count(window.windowStart));
  }

  async sweep(before: number): Promise<void> {
    for (const name of this.windows.keys())
      if (Number(name.slice(name.lastIndexOf(' ') + 1)) < before) this.windows.delete(name);
  }
}
