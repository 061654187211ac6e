import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { listenerApplicationName } from '../counter/change-notifier.js';
import { dropTestDatabase, testDatabases } from '../test/databases.js';
import { MANIFESTO, startTestRegistry, type TestRegistry, tokenIn } from '../test/test-registry.js';

// PostgreSQL drops the connection that carries LISTEN/NOTIFY (a restart, a failover, an idle
// timeout): confirmations keep answering 2xx, and the other process's counter still converges.

for (const database of testDatabases().filter((d) => d.name === 'postgres')) {
  describe('counter notifications after PostgreSQL dropped them', () => {
    const started: TestRegistry[] = [];
    afterAll(async () => {
      for (const t of started) await t.close();
      await dropTestDatabase(database);
    });

    async function terminateListeners(): Promise<number> {
      const admin = new pg.Client({ connectionString: database.url });
      await admin.connect();
      try {
        const { rows } = await admin.query(
          'select pg_terminate_backend(pid) as done from pg_stat_activity where application_name = $1',
          [listenerApplicationName(database.pgSchema!)],
        );
        return rows.length;
      } finally {
        await admin.end();
      }
    }

    it('answers 2xx to a confirmation and converges once the listeners reconnect', async () => {
      const a = await startTestRegistry(database);
      // Either process may deliver a mail of the shared outbox: both hand it to A's outbox.
      const b = await startTestRegistry(database, {}, { mailer: a.outbox });
      started.push(a, b);
      const before = (await b.registry.context.counters.get(MANIFESTO)).counter.total;
      expect(await terminateListeners()).toBe(2);
      // Give the clients a moment to notice the termination before the next request.
      await new Promise((r) => setTimeout(r, 100));

      const signed = await a.sign(
        a.example('individual', (body) => {
          body.signatory.individual.email = 'after-cut@example.org';
        }),
      );
      expect(signed.status).toBe(202);
      await a.registry.idle();
      const confirmed = await a.post('/v1/confirmations', {
        token: tokenIn(a.outbox.to('after-cut@example.org').at(-1), 'confirm'),
      });
      expect(confirmed.status).toBe(200);
      expect((await a.registry.context.counters.get(MANIFESTO)).counter.total).toBe(before + 1);

      // B missed the notification (its listener was dead): it reconnects and rereads.
      const converged = async () => {
        for (;;) {
          const served = (await (
            await b.request(`/v1/manifestos/${MANIFESTO}/counter`)
          ).json()) as {
            total: number;
          };
          if (served.total === before + 1) return served.total;
          await new Promise((r) => setTimeout(r, 50));
        }
      };
      expect(await converged()).toBe(before + 1);
      expect(a.logs.some((l) => l.includes('counter notifications: connection lost'))).toBe(true);
      await new Promise<void>((resolve) => {
        const wait = () =>
          a.logs.some((l) => l.includes('listening again')) ? resolve() : setTimeout(wait, 50);
        wait();
      });

      // Listening again: a change on A reaches B by notification.
      const heard = new Promise<number>((resolve) =>
        b.registry.context.counters.subscribe(MANIFESTO, (s) => resolve(s.counter.total)),
      );
      expect(
        (
          await a.sign(
            a.example('individual', (body) => {
              body.signatory.individual.email = 'after-reconnect@example.org';
            }),
          )
        ).status,
      ).toBe(202);
      await a.registry.idle();
      await a.post('/v1/confirmations', {
        token: tokenIn(a.outbox.to('after-reconnect@example.org').at(-1), 'confirm'),
      });
      expect(await heard).toBe(before + 2);
    }, 30_000);
  });
}
