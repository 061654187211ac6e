import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunningRegistry, serveRegistry } from '../serve.js';
import { dropTestDatabase, testDatabases } from '../test/databases.js';
import { publishCitizen, publishedSignatories, publishedTotal } from '../test/publish-over-http.js';
import { OutboxMailer, tokenIn } from '../test/test-registry.js';

// The PostgreSQL backup of the production guide (deploy/README.md), run for real: `pg_dump -Fc`
// of the registry's schema while it serves, `pg_restore` into a fresh database, and a registry
// on the restored copy serves the same signatures (with the registry secret kept beside it).

const run = promisify(execFile);
const SECRET = 'pg-backup-secret-0123456789abcdef0123456789';
const database = testDatabases().find((d) => d.name === 'postgres');

async function admin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe.runIf(database)('pg_dump and pg_restore of the registry', () => {
  const db = database!;
  const schema = db.pgSchema!;
  const dir = mkdtempSync(join(tmpdir(), 'pc-pg-backup-'));
  const restoredName = `pc_restore_${randomBytes(6).toString('hex')}`;
  const restoredUrl = Object.assign(new URL(db.url), { pathname: `/${restoredName}` }).href;
  const outbox = new OutboxMailer();
  const registries: RunningRegistry[] = [];
  const start = async (env: Record<string, string>, pgSchema?: string) => {
    const running = await serveRegistry({
      env: { PORT: '0', REGISTRY_SECRET: SECRET, POW_COST: '1', RATE_LIMIT_PER_HOUR: '0', ...env },
      ...(pgSchema ? { pgSchema } : {}),
      mailer: outbox,
      log: () => {},
    });
    registries.push(running);
    return running;
  };

  afterAll(async () => {
    for (const running of registries.reverse()) await running.stop();
    await admin(db.url, (c) => c.query(`DROP DATABASE IF EXISTS "${restoredName}" WITH (FORCE)`));
    await dropTestDatabase(db);
  });

  it('restores into a fresh database, where a registry serves the same signatures', async () => {
    const live = await start({ DATA_DIR: join(dir, 'live'), DATABASE_URL: db.url }, schema);
    for (let i = 1; i <= 3; i++) await publishCitizen(live, outbox, `camille.${i}@example.org`);

    const dump = join(dir, 'registry.dump');
    await run('pg_dump', ['-Fc', `--schema=${schema}`, '-f', dump, db.url]);
    await admin(db.url, (c) => c.query(`CREATE DATABASE "${restoredName}"`));
    await run('pg_restore', ['--no-owner', '--exit-on-error', '-d', restoredUrl, dump]);

    // The restored schema is picked the way the README says: `options=-c search_path=<schema>`.
    const restored = await start({
      DATA_DIR: join(dir, 'restored'),
      DATABASE_URL: `${restoredUrl}?options=${encodeURIComponent(`-c search_path=${schema}`)}`,
      SIGNING_KEY_FILE: join(dir, 'live', 'signing-key.json'),
    });
    const before = await publishedSignatories(live.url);
    expect(before).toHaveLength(3);
    expect(await publishedSignatories(restored.url)).toEqual(before);
    expect(await publishedTotal(restored.url)).toBe(3);
    // The live registry's database is untouched by the restore: they are two databases now.
    await publishCitizen(live, outbox, 'camille.4@example.org');
    expect(await publishedTotal(live.url)).toBe(4);
    expect(await publishedTotal(restored.url)).toBe(3);

    const withdrawn = await fetch(`${restored.url}/v1/withdrawals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        token: tokenIn(outbox.to('camille.1@example.org').at(-1), 'withdraw'),
      }),
    });
    expect(withdrawn.status).toBe(200);
    expect(await publishedTotal(restored.url)).toBe(2);
  }, 120_000);
});
