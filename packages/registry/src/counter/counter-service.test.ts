import { afterAll, describe, expect, it } from 'vitest';
import { dropTestDatabase, testDatabases } from '../test/databases.js';
import { MANIFESTO, startTestRegistry, type TestRegistry, tokenIn } from '../test/test-registry.js';

const databases = testDatabases();

describe('counter service', () => {
  const started: TestRegistry[] = [];
  afterAll(async () => {
    for (const t of started) await t.close();
    for (const d of databases) await dropTestDatabase(d);
  });

  it('tells listeners only when the totals change', async () => {
    const t = await startTestRegistry(databases[0]!);
    started.push(t);
    const counters = t.registry.context.counters;
    const seen: number[] = [];
    counters.subscribe(MANIFESTO, (s) => seen.push(s.counter.total));
    await counters.changed(MANIFESTO);
    expect(seen).toEqual([]);
    expect((await t.sign(t.example('individual'))).status).toBe(202);
    await t.registry.idle();
    await t.post('/v1/confirmations', { token: tokenIn(t.outbox.sent.at(-1), 'confirm') });
    expect(seen).toEqual([1]);
  });

  for (const database of databases.filter((d) => d.name === 'postgres')) {
    it('pushes one process’s change to another process on the same PostgreSQL database', async () => {
      const a = await startTestRegistry(database);
      // Either process may deliver a mail of the shared outbox: both hand it to A's outbox.
      const b = await startTestRegistry(database, {}, { mailer: a.outbox });
      started.push(a, b);
      const before = (await b.registry.context.counters.get(MANIFESTO)).counter.total;
      const heard = new Promise<number>((resolve) =>
        b.registry.context.counters.subscribe(MANIFESTO, (s) => resolve(s.counter.total)),
      );
      expect(
        (
          await a.sign(
            a.example('individual', (body) => {
              body.signatory.individual.email = 'other-process@example.org';
            }),
          )
        ).status,
      ).toBe(202);
      await a.registry.idle();
      await a.post('/v1/confirmations', { token: tokenIn(a.outbox.sent.at(-1), 'confirm') });
      expect(await heard).toBe(before + 1);
      const served = (await (await b.request(`/v1/manifestos/${MANIFESTO}/counter`)).json()) as {
        total: number;
      };
      expect(served.total).toBe(before + 1);
    });
  }
});
