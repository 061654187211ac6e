import type { Context } from 'hono';
import { DomainError } from '../../domain-error.js';
import type { AppEnv } from '../app-env.js';

interface Window {
  start: number;
  count: number;
  previous: number;
}

/**
 * A sliding-window counter per key (an approximation that weighs the previous window by how much
 * of it still overlaps): memory stays one small record per active address.
 */
export class RateLimiter {
  private readonly windows = new Map<string, Window>();
  private lastSweep = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one hit; returns 0 when allowed, else the seconds to wait. */
  hit(key: string): number {
    return this.check(key, true);
  }

  /**
   * Whether the key used up its allowance, without counting: 0 when a hit would be allowed, else
   * the seconds to wait (for counts of failures that, once too many, refuse everything).
   */
  wait(key: string): number {
    return this.check(key, false);
  }

  private check(key: string, count: boolean): number {
    if (this.limit <= 0) return 0;
    const now = this.now();
    this.sweep(now);
    let w = this.windows.get(key);
    const windowStart = now - (now % this.windowMs);
    if (!w || w.start !== windowStart) {
      const previous = w && w.start === windowStart - this.windowMs ? w.count : 0;
      if (!count && previous === 0) return 0;
      w = { start: windowStart, count: 0, previous };
      this.windows.set(key, w);
    }
    const overlap = 1 - (now - windowStart) / this.windowMs;
    const estimate = w.previous * overlap + w.count;
    if (estimate >= this.limit)
      return Math.max(1, Math.ceil((windowStart + this.windowMs - now) / 1000));
    if (count) w.count += 1;
    return 0;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [key, w] of this.windows)
      if (w.start < now - 2 * this.windowMs) this.windows.delete(key);
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
export function countAgainst(limiter: RateLimiter, c: Context<AppEnv>): void {
  const wait = limiter.hit(rateLimitKey(c.get('clientAddress')));
  if (wait > 0) {
    c.header('Retry-After', String(wait));
    throw new DomainError('rate.limited');
  }
}
