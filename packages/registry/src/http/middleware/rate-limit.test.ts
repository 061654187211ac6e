import { describe, expect, it } from 'vitest';
import { RateLimiter, rateLimitKey } from './rate-limit.js';

describe('rate limiter', () => {
  it('allows the limit per window, then asks to wait, and forgets with time', () => {
    let now = 0;
    const limiter = new RateLimiter(3, 1000, () => now);
    expect([limiter.hit('a'), limiter.hit('a'), limiter.hit('a')]).toEqual([0, 0, 0]);
    expect(limiter.hit('a')).toBeGreaterThan(0);
    expect(limiter.hit('b')).toBe(0);
    now = 2500;
    expect(limiter.hit('a')).toBe(0);
  });

  it('is off at 0', () => {
    const limiter = new RateLimiter(0, 1000);
    for (let i = 0; i < 100; i++) expect(limiter.hit('a')).toBe(0);
  });

  it('counts IPv6 clients by /64 network and IPv4 clients by address', () => {
    expect(rateLimitKey('203.0.113.7')).toBe('203.0.113.7');
    expect(rateLimitKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(rateLimitKey('2001:0db8:0001:0002:ffff:1:2:3')).toBe('2001:db8:1:2::/64');
    expect(rateLimitKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(rateLimitKey('::1')).toBe('0:0:0:0::/64');
  });
});
