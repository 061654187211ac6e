import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScale } from '../../bench/scale.js';

// The scale harness, shortened: three built registries on one PostgreSQL schema behind Debian's
// HAProxy, a SIGKILL and a restart, the notification connections cut. Only the correctness
// figures are asserted (`npm run scale` prints the speeds).

const databaseUrl = process.env.PLATEFORMCOOP_TEST_DATABASE_URL;
const cli = new URL('../../dist/cli.js', import.meta.url).pathname;

describe.runIf(databaseUrl)('scale-out under faults (shortened harness)', () => {
  it('loses no acknowledged signature, mails each once, and converges', async () => {
    if (!existsSync(cli)) throw new Error(`${cli} is missing: build the package first`);
    execFileSync('haproxy', ['-v']); // fails, never skips, without Debian's haproxy
    const figures = await runScale({
      databaseUrl: databaseUrl!,
      rows: 2000,
      loadSeconds: 4,
      rate: 35,
      saturationSubmissions: 60,
      readSeconds: 1,
      streams: 50,
    });
    expect(figures.acknowledged).toBeGreaterThan(60);
    expect(figures.lostAcknowledged).toBe(0);
    expect(figures.mailsNotOnce).toBe(0);
    expect(figures.countersBackwards).toBe(0);
    expect(figures.converged).toBe(true);
    expect(figures.streams.open).toBe(50);
  }, 240_000);
});
