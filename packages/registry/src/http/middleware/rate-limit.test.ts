import { afterAll, describe, expect, it } from 'vitest';
import { MemoryRateLimitStore, type RateLimitStore } from '../../store/rate-limit-store.js';
import { openStore, type Store } from '../../store/store.js';
import { dropTestDatabase, testDatabases } from '../../test/databases.js';
import { RateLimiter, rateLimitKey } from './rate-limit.js';

const databases = testDatabases();
const stores: Store[] = [];
afterAll(async () => {
  for (const store of stores) await store.close();
  for (const database of databases) await dropTestDatabase(database);
});

/** The in-memory store, and the database's on SQLite and PostgreSQL (two pools: two processes). */
const places: { name: string; open: () => Promise<[RateLimitStore, RateLimitStore]> }[] = [
  {
    name: 'memory',
    open: async () => {
      const one = new MemoryRateLimitStore();
      return [one, one];
    },
  },
  ...databases.map((database) => ({
    name: database.name,
    open: async (): Promise<[RateLimitStore, RateLimitStore]> => {
      const options = database.pgSchema ? { pgSchema: database.pgSchema } : {};
      const a = await openStore(database.url, options);
      const b = await openStore(database.url, options);
      stores.push(a, b);
      return [a.rateLimits, b.rateLimits];
    },
  })),
];

for (const place of places) {
  describe(`rate limiter in ${place.name}`, () => {
    it('allows the limit per window, then asks to wait, and forgets with time', async () => {
      const [store] = await place.open();
      let now = 0;
      const limiter = new RateLimiter(3, 1000, { store, name: 'arith', now: () => now });
      expect([await limiter.hit('a'), await limiter.hit('a'), await limiter.hit('a')]).toEqual([
        0, 0, 0,
      ]);
      expect(await limiter.hit('a')).toBeGreaterThan(0);
      expect(await limiter.hit('b')).toBe(0);
      now = 2500;
      expect(await limiter.hit('a')).toBe(0);
    });

    it('is off at 0', async () => {
      const [store] = await place.open();
      const limiter = new RateLimiter(0, 1000, { store, name: 'off' });
      for (let i = 0; i < 100; i++) expect(await limiter.hit('a')).toBe(0);
    });

    it('lets the limit through once across processes hitting at the same time', async () => {
      const [a, b] = await place.open();
      const now = () => 10_000;
      const first = new RateLimiter(20, 60_000, { store: a, name: 'shared', now });
      const second = new RateLimiter(20, 60_000, { store: b, name: 'shared', now });
      const waits = await Promise.all(
        Array.from({ length: 60 }, (_, i) => (i % 2 ? first : second).hit('198.51.100.1')),
      );
      expect(waits.filter((w) => w === 0)).toHaveLength(20);
      expect(waits.filter((w) => w > 0).every((w) => w === 50)).toBe(true);
      // Another limiter's name is another allowance.
      expect(
        await new RateLimiter(20, 60_000, { store: a, name: 'other', now }).hit('198.51.100.1'),
      ).toBe(0);
    });
  });
}

describe('rate limit keys', () => {
  it('counts IPv6 clients by /64 network and IPv4 clients by address', () => {
    expect(rateLimitKey('203.0.113.7')).toBe('203.0.113.7');
    expect(rateLimitKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(rateLimitKey('2001:0db8:0001:0002:ffff:1:2:3')).toBe('2001:db8:1:2::/64');
    expect(rateLimitKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(rateLimitKey('::1')).toBe('0:0:0:0::/64');
  });
});
