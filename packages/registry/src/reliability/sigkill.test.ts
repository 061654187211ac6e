import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Challenge } from 'altcha-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../../scripts/net/free-port.mjs';
import { submissionExamples } from '../http/openapi/examples.js';
import { openDatabase } from '../store/database.js';
import { dropTestDatabase, testDatabases } from '../test/databases.js';
import { SmtpSink } from '../test/smtp-sink.js';
import { solveAltcha } from '../test/solve-challenge.js';

// The real server (the built CLI), killed with SIGKILL in the middle of a burst while SMTP is
// down: every signature acknowledged with 202 must be there after a restart, exactly once, and
// its confirmation mail must reach the SMTP server (nodemailer's smtp-server) once it is up,
// exactly once.

const cli = new URL('../../dist/cli.js', import.meta.url).pathname;
const ADMIN = 'sigkill-admin-token-0123456789abcdef';
const M = 'plateformcoop-2023';

async function start(env: Record<string, string>): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [cli, 'serve'], {
    env: { ...process.env, ...env, PORT: String(port), PUBLIC_URL: base },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => {
    stderr += d;
  });
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return { child, base };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start: ${stderr}`);
}

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

const children: ChildProcess[] = [];

for (const database of testDatabases()) {
  describe(`SIGKILL during a burst on ${database.name}`, () => {
    const sink = SmtpSink.onFreePort();
    afterAll(async () => {
      for (const child of children) await killed(child);
      await (await sink).stop();
      await dropTestDatabase(database);
    });

    it('loses no acknowledged signature and stores each once', async () => {
      if (!existsSync(cli))
        throw new Error(`${cli} is missing: build the package first (npm run build)`);
      const dir = mkdtempSync(join(tmpdir(), 'pc-sigkill-'));
      let databaseUrl = database.url;
      if (database.pgSchema) {
        const handle = await openDatabase(database.url, { pgSchema: database.pgSchema });
        await handle.db.destroy();
        const url = new URL(database.url);
        url.searchParams.set('options', `-c search_path=${database.pgSchema}`);
        databaseUrl = url.href;
      }
      const env = {
        HOST: '127.0.0.1',
        DATA_DIR: dir,
        DATABASE_URL: databaseUrl,
        MAIL_URL: (await sink).url,
        MAIL_RETRY_SECONDS: '1',
        ADMIN_TOKEN: ADMIN,
        REGISTRY_SECRET: 'sigkill-secret-0123456789abcdef0123456789',
        RATE_LIMIT_PER_HOUR: '0',
        POW_COST: '1',
      };
      const first = await start(env);
      children.push(first.child);
      const count = 80;
      const altchas = await Promise.all(
        Array.from({ length: count }, async () =>
          solveAltcha(
            (await (await fetch(`${first.base}/v1/manifestos/${M}/challenge`)).json()) as Challenge,
          ),
        ),
      );
      const body = (i: number) => {
        const example = structuredClone(submissionExamples.individual) as {
          signatory: { individual: { email: string } };
        };
        // Every tenth submission is the same person: pending duplicates racing each other.
        example.signatory.individual.email =
          i % 10 === 0 ? 'same@example.org' : `burst-${i}@example.org`;
        return JSON.stringify({ ...example, altcha: altchas[i] });
      };
      const acknowledged: string[] = [];
      const acknowledgedUnique: string[] = [];
      const acknowledgedAddresses: string[] = [];
      const burst = Array.from({ length: count }, (_, i) =>
        fetch(`${first.base}/v1/manifestos/${M}/signatures`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: body(i),
        })
          .then(async (r) => {
            if (r.status !== 202) return;
            const { id } = (await r.json()) as { id: string };
            acknowledged.push(id);
            if (i % 10 !== 0) {
              acknowledgedUnique.push(id);
              acknowledgedAddresses.push(`burst-${i}@example.org`);
            }
            if (acknowledged.length === 25) first.child.kill('SIGKILL');
          })
          .catch(() => undefined),
      );
      await Promise.all(burst);
      await killed(first.child);
      expect(acknowledged.length).toBeGreaterThanOrEqual(25);
      // SMTP comes back once the process is dead: its mails failed while it lived (retries a
      // second, then two… apart), and the next process delivers them.
      const smtp = await sink;
      await smtp.start();

      const second = await start(env);
      children.push(second.child);
      const rows: {
        id: string;
        signature: { signatory: { individual: { email: string } } } | null;
      }[] = [];
      let cursor: string | undefined;
      do {
        const page = (await (
          await fetch(
            `${second.base}/v1/admin/signatures?limit=500${cursor ? `&cursor=${cursor}` : ''}`,
            { headers: { authorization: `Bearer ${ADMIN}` } },
          )
        ).json()) as {
          items: {
            id: string;
            status: string;
            signature: { signatory: { individual: { email: string } } } | null;
          }[];
          nextCursor?: string;
        };
        rows.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      const stored = new Map<string, number>();
      for (const row of rows) stored.set(row.id, (stored.get(row.id) ?? 0) + 1);
      // Pending signatures never collide, the same person's neither (nobody holds an entity's
      // place by submitting first): every acknowledged id is stored, exactly once.
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
      expect([...stored.values()].every((n) => n === 1)).toBe(true);

      // Each acknowledged signature's confirmation mail arrives, once.
      const settled = () => acknowledgedAddresses.every((a) => smtp.to(a).length > 0);
      for (let i = 0; i < 600 && !settled(); i++) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 1500)); // a duplicate would arrive within a retry
      expect(acknowledgedAddresses.filter((a) => smtp.to(a).length !== 1)).toEqual([]);
      expect(
        acknowledgedAddresses.every((a) => smtp.to(a)[0]!.raw.includes('/confirm?token=')),
      ).toBe(true);
      await killed(second.child);
    }, 60_000);
  });
}
