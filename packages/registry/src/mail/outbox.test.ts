import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/store.js';
import { dropTestDatabase, testDatabases } from '../test/databases.js';
import { SmtpSink } from '../test/smtp-sink.js';
import { startTestRegistry, type TestRegistry } from '../test/test-registry.js';
import { createMailer } from './mailer.js';
import { OutboxWorker } from './outbox-worker.js';

// The outbox against a real SMTP server (nodemailer's smtp-server): a mail queued while SMTP is
// down goes once it is back, exactly once, even with several workers on one PostgreSQL outbox;
// a mail that never goes is given up after the retry window; settled rows keep no address.

const FROM = 'PlateformCoop <registry@example.org>';
const message = (to: string) =>
  JSON.stringify({ to, subject: 'Test', text: 'Bonjour', html: '<p>Bonjour</p>', locale: 'fr' });

async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((r) => setTimeout(r, 25));
}

for (const database of testDatabases()) {
  describe(`mail outbox on ${database.name}`, () => {
    const sinks: SmtpSink[] = [];
    const registries: TestRegistry[] = [];
    const stores: Store[] = [];
    const pgSchema = database.pgSchema ? { pgSchema: database.pgSchema } : {};
    afterAll(async () => {
      for (const t of registries) await t.close();
      for (const s of stores) await s.close();
      for (const sink of sinks) await sink.stop();
      await dropTestDatabase(database);
    });

    it('delivers a 202-acknowledged confirmation once SMTP is back, once, and forgets the address', async () => {
      const sink = await SmtpSink.onFreePort();
      sinks.push(sink);
      const t = await startTestRegistry(
        database,
        {},
        {
          mailer: createMailer(sink.url, FROM),
          outbox: { baseDelayMs: 50, maxDelayMs: 200, pollMs: 50 },
        },
      );
      registries.push(t);
      const address = 'smtp-down@example.org';
      const signed = await t.sign(
        t.example('individual', (body) => {
          body.signatory.individual.email = address;
        }),
      );
      expect(signed.status).toBe(202);
      await t.registry.idle();
      const mail = t.registry.context.mail;
      expect(await mail.queueCounts()).toEqual({ waiting: 1, retrying: 1, failed: 0 });
      expect(t.logs.some((l) => l.includes('mail: delivery failed, retry'))).toBe(true);
      expect(t.logs.join('\n')).not.toContain(address);

      await sink.start();
      await until(() => sink.to(address).length > 0);
      await until(async () => (await mail.queueCounts()).waiting === 0);
      expect(sink.to(address)).toHaveLength(1);
      expect(sink.to(address)[0]!.raw).toContain('/confirm?token=');
      const rows = await t.registry.context.store.handle.db
        .selectFrom('mail_outbox')
        .selectAll()
        .execute();
      expect(rows.map((r) => [r.status, r.message])).toEqual([['sent', null]]);
      expect(JSON.stringify(rows)).not.toContain('@');
      // Its worker would drain the outbox the next tests fill.
      await registries.pop()!.close();
    });

    it('sends each queued mail exactly once with every worker draining at once', async () => {
      const sink = await SmtpSink.onFreePort();
      sinks.push(sink);
      await sink.start();
      // Two stores (two pools, as two processes have) on PostgreSQL; the one process on SQLite.
      const workers = database.name === 'postgres' ? 3 : 1;
      const opened = await Promise.all(
        Array.from({ length: workers }, () => openStore(database.url, pgSchema)),
      );
      stores.push(...opened);
      const at = new Date().toISOString();
      const addresses = Array.from({ length: 60 }, (_, i) => `many-${i}@example.org`);
      for (const [i, to] of addresses.entries())
        await opened[0]!.mailOutbox.enqueue(`mail_many_${i}`, message(to), at);
      const delivered = await Promise.all(
        opened.map((store) =>
          new OutboxWorker(store.mailOutbox, createMailer(sink.url, FROM), () => undefined).drain(),
        ),
      );
      expect(delivered.reduce((a, b) => a + b, 0)).toBe(60);
      expect(addresses.map((to) => sink.to(to).length)).toEqual(addresses.map(() => 1));
    });

    it('retries with growing delays for at least a day, then gives up and keeps no address', async () => {
      const closed = await SmtpSink.onFreePort(); // never started: connections are refused
      const [store] = await Promise.all([openStore(database.url, pgSchema)]);
      stores.push(store!);
      const clock = { now: new Date('2026-03-01T10:00:00.000Z') };
      const logs: string[] = [];
      const worker = new OutboxWorker(
        store!.mailOutbox,
        createMailer(closed.url, FROM),
        (l) => logs.push(l),
        { now: () => clock.now, baseDelayMs: 30_000, maxDelayMs: 3_600_000 },
      );
      await store!.mailOutbox.enqueue(
        'mail_doomed',
        message('doomed@example.org'),
        clock.now.toISOString(),
      );
      const delays: number[] = [];
      const row = () =>
        store!.handle.db
          .selectFrom('mail_outbox')
          .selectAll()
          .where('id', '=', 'mail_doomed')
          .executeTakeFirstOrThrow();
      const dayLater = clock.now.getTime() + 86_400_000;
      while ((await row()).status === 'waiting') {
        const before = await row();
        clock.now = new Date(before.next_attempt_at);
        expect(await worker.drain()).toBe(1);
        const after = await row();
        if (after.status === 'waiting')
          delays.push(Date.parse(after.next_attempt_at) - clock.now.getTime());
      }
      expect(delays.slice(0, 4)).toEqual([30_000, 60_000, 120_000, 240_000]);
      expect(Math.max(...delays)).toBe(3_600_000);
      const given = await row();
      expect(given.status).toBe('failed');
      expect(given.message).toBeNull();
      expect(Date.parse(given.settled_at!)).toBeGreaterThanOrEqual(dayLater);
      expect(await store!.mailOutbox.counts()).toMatchObject({ failed: 1 });
      expect(logs.at(-1)).toMatch(/^mail: delivery given up after \d+ attempts/);
    });
  });
}
