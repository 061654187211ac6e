import { chmodSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Challenge } from 'altcha-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBackupCommand } from '../cli/backup.js';
import { submissionExamples } from '../http/openapi/examples.js';
import { createRegistry, type Registry } from '../registry.js';
import { solveAltcha } from '../test/solve-challenge.js';
import { ADMIN_TOKEN, MANIFESTO } from '../test/test-registry.js';

// Issue 16, finding 6: under the usual umask, registry.sqlite, its -wal and the outbox's .eml
// files were 0644, and they hold addresses and live tokens.

/** Every folder and file under `root`, with its permission bits, by path relative to `root`. */
function modesUnder(root: string): Map<string, number> {
  const modes = new Map<string, number>([['.', statSync(root).mode & 0o777]]);
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      modes.set(relative(root, path), statSync(path).mode & 0o777);
      if (entry.isDirectory()) walk(path);
    }
  };
  walk(root);
  return modes;
}

/** The paths whose mode is not the owner's alone (0700 for folders, 0600 for files). */
function readableByOthers(root: string): string[] {
  return [...modesUnder(root)]
    .filter(([path, mode]) => {
      const folder = statSync(join(root, path)).isDirectory();
      return mode !== (folder ? 0o700 : 0o600);
    })
    .map(([path, mode]) => `${path} ${mode.toString(8)}`);
}

describe('the data folder under umask 022', () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'pc-private-')), 'data');
  const config = {
    dataDir,
    databaseUrl: join(dataDir, 'registry.sqlite'),
    mailUrl: `file:${join(dataDir, 'outbox')}`,
    signingKeyFile: join(dataDir, 'signing-key.json'),
    secret: undefined,
    publicUrl: 'http://registry.test',
    adminToken: ADMIN_TOKEN,
    powCost: 1,
    rateLimitPerHour: 0,
  };
  let umask: number;
  let registry: Registry | undefined;

  beforeAll(() => {
    umask = process.umask(0o022);
  });
  afterAll(async () => {
    await registry?.close();
    process.umask(umask);
  });

  const start = () => createRegistry({ env: {}, config, log: () => {} });

  /** A signature through HTTP: a row in the database's WAL and a mail in the outbox. */
  async function sign(email: string): Promise<void> {
    const challenge = (await (
      await registry!.fetch(
        new Request(`http://registry.test/v1/manifestos/${MANIFESTO}/challenge`),
      )
    ).json()) as Challenge;
    const body = structuredClone(submissionExamples.individual) as {
      signatory: { individual: { email: string } };
    };
    body.signatory.individual.email = email;
    const answer = await registry!.fetch(
      new Request(`http://registry.test/v1/manifestos/${MANIFESTO}/signatures`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...body, altcha: await solveAltcha(challenge) }),
      }),
    );
    expect(answer.status).toBe(202);
    await registry!.idle();
  }

  it('is created 0700, and every file in it 0600: database, WAL, outbox, secret, keys, backup', async () => {
    registry = await start();
    await sign('private.files@example.org');
    await runBackupCommand(registry.config, [join(dataDir, 'backup.sqlite')], () => {});
    const files = [...modesUnder(dataDir).keys()];
    for (const expected of [
      'registry.sqlite',
      'registry.sqlite-wal',
      'registry.sqlite-shm',
      'registry-secret',
      'signing-key.json',
      'backup.sqlite',
    ])
      expect(files).toContain(expected);
    expect(files.some((f) => f.startsWith('outbox/') && f.endsWith('.eml'))).toBe(true);
    expect(readableByOthers(dataDir)).toEqual([]);
  });

  it('makes the files an older version left readable by others the owner’s alone again', async () => {
    await registry!.close();
    registry = undefined;
    const outbox = join(dataDir, 'outbox');
    const old = join(outbox, 'older.eml');
    writeFileSync(old, 'To: someone@example.org\n', { mode: 0o644 });
    for (const file of ['registry.sqlite', 'registry-secret', 'signing-key.json'])
      chmodSync(join(dataDir, file), 0o644);
    chmodSync(old, 0o644);
    registry = await start();
    await sign('private.files.again@example.org');
    expect(readableByOthers(dataDir)).toEqual([]);
  });
});
