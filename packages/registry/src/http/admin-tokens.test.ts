import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runAdminsCommand } from '../cli/admins.js';
import { loadConfig } from '../config/config.js';
import { testDatabases } from '../test/databases.js';
import { ADMIN_TOKEN, registryOn, startTestRegistry } from '../test/test-registry.js';

// Issue 16, finding 2: `ADMIN_TOKEN=1234` started with no warning, and a loop of wrong tokens,
// never throttled, found it in 1,235 requests.

const cli = new URL('../../dist/cli.js', import.meta.url).pathname;
const run = promisify(execFile);

describe('a guessable admin token', () => {
  it('is refused at start, naming the variable and how to generate one', async () => {
    expect(() => loadConfig({ ADMIN_TOKEN: '1234' })).toThrow(
      /ADMIN_TOKEN is 4 characters long; it needs at least 32\. Generate one with `openssl rand -base64 32`/,
    );
    expect(() => loadConfig({ ADMIN_TOKEN: 'x'.repeat(31) })).toThrow(/ADMIN_TOKEN/);
    expect(loadConfig({ ADMIN_TOKEN: 'x'.repeat(32) }).adminToken).toBe('x'.repeat(32));
    const [sqlite] = testDatabases();
    await expect(startTestRegistry(sqlite!, { adminToken: '1234' })).rejects.toThrow(
      /ADMIN_TOKEN is 4 characters long/,
    );
  });

  it('stops `serve` before it listens', async () => {
    if (!existsSync(cli)) throw new Error(`${cli} is missing: build the package first`);
    const dir = mkdtempSync(join(tmpdir(), 'pc-short-token-'));
    const failed = await run(process.execPath, [cli, 'serve'], {
      env: { ...process.env, DATA_DIR: dir, ADMIN_TOKEN: '1234', PORT: '0' },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toMatch(
      /ADMIN_TOKEN is 4 characters long.*openssl rand -base64 32/,
    );
  }, 30_000);
});

for (const database of testDatabases()) {
  describe(`failed admin authentications on ${database.name}`, () => {
    // The test registry runs with RATE_LIMIT_PER_HOUR=0: this throttle does not depend on it.
    const t = registryOn(database);
    const me = (token: string, from: string) =>
      t.request('/v1/admin/me', { headers: { authorization: `Bearer ${token}` }, from });

    it('answers 429 with Retry-After to an address after 10 failures in 15 minutes, a right token too, until the window passes', async () => {
      expect(t.registry.config.rateLimitPerHour).toBe(0);
      const guesser = '203.0.113.5';
      for (let i = 0; i < 10; i++) expect((await me(`guess-${i}`, guesser)).status).toBe(403);
      const blocked = await me('guess-10', guesser);
      expect(blocked.status).toBe(429);
      expect(await blocked.json()).toMatchObject({ error: { code: 'rate.limited' } });
      const retryAfter = Number(blocked.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
      const right = await me(ADMIN_TOKEN, guesser);
      expect(right.status).toBe(429);
      expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
      // Another address is not held back; the failures were logged, never with their token.
      expect((await me(ADMIN_TOKEN, '198.51.100.7')).status).toBe(200);
      const lines = t.logs.filter((l) => /WARN: admin: refused a wrong token/.test(l));
      expect(lines).toHaveLength(10);
      expect(lines[0]).toContain(guesser);
      expect(lines.at(-1)).toMatch(/now wait \d+ s/);
      expect(t.logs.join('\n')).not.toMatch(/guess-\d/);
      // Once the window has passed, the right token works again from that address.
      t.clock.now = new Date(t.clock.now.getTime() + (retryAfter + 1) * 1000);
      expect((await me(ADMIN_TOKEN, guesser)).status).toBe(200);
    });

    it('counts an IPv6 client by its /64, and a named token refused as any other', async () => {
      const printed: string[] = [];
      await runAdminsCommand(t.registry.context.store, ['add', 'camille'], (l) => printed.push(l));
      expect(printed[0]!.length).toBeGreaterThanOrEqual(32);
      for (let i = 0; i < 10; i++)
        expect((await me(`wrong-${i}`, `2001:db8:1:2::${i + 1}`)).status).toBe(403);
      expect((await me(printed[0]!, '2001:db8:1:2:ffff::1')).status).toBe(429);
      expect((await me(printed[0]!, '2001:db8:1:3::1')).status).toBe(200);
    });
  });
}
