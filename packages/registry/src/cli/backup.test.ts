import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningRegistry, serveRegistry } from '../serve.js';
import { publishCitizen, publishedSignatories, publishedTotal } from '../test/publish-over-http.js';
import { OutboxMailer, tokenIn } from '../test/test-registry.js';

// `plateformcoop-registry backup` as an operator runs it (the built CLI, another process) while
// a registry serves and keeps publishing signatures; then a second registry on the copy.

const cli = new URL('../../dist/cli.js', import.meta.url).pathname;
const run = promisify(execFile);
const SECRET = 'backup-secret-0123456789abcdef0123456789';

describe('plateformcoop-registry backup', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pc-backup-'));
  const live = { dataDir: join(dir, 'live'), database: join(dir, 'live', 'registry.sqlite') };
  const outbox = new OutboxMailer();
  let running: RunningRegistry;
  let copyRegistry: RunningRegistry | undefined;

  const backup = async (file: string, env: Record<string, string> = {}) => {
    if (!existsSync(cli)) throw new Error(`${cli} is missing: build the package first`);
    return run(process.execPath, [cli, 'backup', file], {
      env: { ...process.env, DATA_DIR: live.dataDir, DATABASE_URL: live.database, ...env },
    });
  };

  /** The ids of the published signatures, in the order of their publication. */
  const published: string[] = [];
  const publishOne = async () => {
    const email = `sacha.${published.length + 1}@example.org`;
    published.push(await publishCitizen(running, outbox, email));
  };

  beforeAll(async () => {
    running = await serveRegistry({
      env: {
        DATA_DIR: live.dataDir,
        DATABASE_URL: live.database,
        PORT: '0',
        REGISTRY_SECRET: SECRET,
        POW_COST: '1',
        RATE_LIMIT_PER_HOUR: '0',
      },
      mailer: outbox,
      log: () => {},
    });
  });
  afterAll(async () => {
    await copyRegistry?.stop();
    await running?.stop();
  });

  it('copies the database while the registry serves and writes; a registry on the copy serves the same signatures', async () => {
    for (let i = 0; i < 3; i++) await publishOne();

    // Writes go on, one signature after another, while the backup runs in its own process.
    let writing = true;
    const writer = (async () => {
      while (writing) await publishOne();
    })();
    const file = join(dir, 'registry-backup.sqlite');
    let output: string;
    try {
      output = (await backup(file)).stdout;
      // And the registry keeps serving after it: a few more signatures the copy cannot have.
      const after = published.length;
      while (published.length < after + 2) await new Promise((r) => setTimeout(r, 20));
    } finally {
      writing = false;
      await writer;
    }
    expect(output).toContain(`written to ${file}`);
    expect(output).toContain(join(live.dataDir, 'signing-key.json'));
    expect(output).toContain('REGISTRY_SECRET');
    expect(output).toContain(join(live.dataDir, 'registry-secret'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // Only the copy: no partial file, no journal left beside it.
    expect(readdirSync(dir).sort()).toEqual(['live', 'registry-backup.sqlite']);

    copyRegistry = await serveRegistry({
      env: {
        DATA_DIR: join(dir, 'restored'),
        DATABASE_URL: file,
        SIGNING_KEY_FILE: join(live.dataDir, 'signing-key.json'),
        PORT: '0',
        REGISTRY_SECRET: SECRET,
        RATE_LIMIT_PER_HOUR: '0',
      },
      mailer: new OutboxMailer(),
      log: () => {},
    });
    const now = await publishedSignatories(running.url);
    const restored = await publishedSignatories(copyRegistry.url);
    expect(now).toHaveLength(published.length);
    // The copy is the database as of one instant: the signatures published first, each exactly
    // as the live registry serves it, and a counter that agrees with them.
    expect(restored.length).toBeGreaterThanOrEqual(3);
    expect(restored.length).toBeLessThan(now.length);
    const first = published.slice(0, restored.length);
    const byId = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(restored.map((s) => s.id).sort()).toEqual([...first].sort());
    expect(byId(restored)).toEqual(byId(now.filter((s) => first.includes(s.id))));
    expect(await publishedTotal(copyRegistry.url)).toBe(restored.length);

    // With the registry secret kept beside it, links mailed before the backup still work.
    const withdrawn = await fetch(`${copyRegistry.url}/v1/withdrawals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: tokenIn(outbox.to('sacha.1@example.org').at(-1), 'withdraw') }),
    });
    expect(withdrawn.status).toBe(200);
    expect(await publishedTotal(copyRegistry.url)).toBe(restored.length - 1);
  }, 120_000);

  it('never overwrites a file, and sends PostgreSQL to pg_dump', async () => {
    const file = join(dir, 'registry-backup.sqlite');
    await expect(backup(file)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('already exists'),
    });
    await expect(
      backup(join(dir, 'other.sqlite'), { DATABASE_URL: 'postgres://registry@127.0.0.1/x' }),
    ).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('pg_dump') });
    expect(existsSync(join(dir, 'other.sqlite'))).toBe(false);
  }, 30_000);
});
