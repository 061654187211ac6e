import type { Context } from 'hono';
import { DomainError } from '../../domain-error.js';
import type { RateLimitStore } from '../../store/rate-limit-store.js';
import type { AppEnv } from '../app-env.js';

export interface RateLimiterOptions {
  /** Where hits are counted: the database's `rate_limits`, so that every process shares them. */
  store: RateLimitStore;
  /** Keeps this limiter's keys apart from the other limiters' in the store. */
  name: string;
  now?: () => number;
}

/**
 * A sliding-window counter per key (an approximation that weighs the previous window by how much
 * of it still overlaps), counted in a shared store: with several registry processes on one
 * database, an address gets its allowance once, not once per process.
 */
export class RateLimiter {
  private readonly store: RateLimitStore;
  private readonly name: string;
  private readonly now: () => number;
  private lastSweep = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    options: RateLimiterOptions,
  ) {
    this.store = options.store;
    this.name = options.name;
    this.now = options.now ?? Date.now;
  }

  /** Counts one hit; resolves to 0 when allowed, else the seconds to wait. */
  async hit(key: string): Promise<number> {
    return this.check(key, true);
  }

  /**
   * Whether the key used up its allowance, without counting: 0 when a hit would be allowed, else
   * the seconds to wait (for counts of failures that, once too many, refuse everything).
   */
  async wait(key: string): Promise<number> {
    return this.check(key, false);
  }

  private async check(key: string, count: boolean): Promise<number> {
    if (this.limit <= 0) return 0;
    const now = this.now();
    const windowStart = now - (now % this.windowMs);
    if (count && now - this.lastSweep >= this.windowMs) {
      this.lastSweep = now;
      // Anyone's old windows, now and then; a failed sweep is retried at the next one.
      void this.store.sweep(windowStart - 2 * this.windowMs).catch(() => undefined);
    }
    const overlap = 1 - (now - windowStart) / this.windowMs;
    const window = {
      key: `${this.name}:${key}`,
      windowStart,
      previousStart: windowStart - this.windowMs,
      overlap,
      limit: this.limit,
    };
    const allowed = count ? await this.store.take(window) : await this.store.allows(window);
    return allowed ? 0 : Math.max(1, Math.ceil((windowStart + this.windowMs - now) / 1000));
  }
}

/**
 * The key an address is counted under: an IPv4 address as is, an IPv6 address by its /64
 * network, since one subscriber holds a whole /64 and could otherwise rotate through it.
 */
export function rateLimitKey(address: string): string {
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** Counts the request; raises `rate.limited` (429, `Retry-After`) once the address used up its allowance. */
export async function countAgainst(limiter: RateLimiter, c: Context<AppEnv>): Promise<void> {
  const wait = await limiter.hit(rateLimitKey(c.get('clientAddress')));
  if (wait > 0) {
    c.header('Retry-After', String(wait));
    throw new DomainError('rate.limited');
  }
}
