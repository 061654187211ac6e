import { type Counter, SIGNATORY_KINDS } from '@plateformcoop/model';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDemoSignatures } from '../cli/demo-seed.js';
import type { Store } from '../store/store.js';
import { dropTestDatabase, testDatabases } from '../test/databases.js';
import {
  ADMIN_TOKEN,
  MANIFESTO,
  startTestRegistry,
  type TestRegistry,
  tokenIn,
} from '../test/test-registry.js';

// Counters read totals the publishing transactions keep: a refresh reads a few rows, the same
// number of queries whatever the number of signatures, and the totals always equal a rescan.

/** The counter a full rescan of the published signatures gives (what the registry did before). */
async function rescanned(store: Store): Promise<Omit<Counter, 'updatedAt' | 'goal'>> {
  const byKind = Object.fromEntries(SIGNATORY_KINDS.map((k) => [k, 0])) as Counter['byKind'];
  const byDepartement: Record<string, number> = {};
  const byRegion: Record<string, number> = {};
  const byDepartementAndKind: Record<string, Record<string, number>> = {};
  const byRegionAndKind: Record<string, Record<string, number>> = {};
  const add = (
    to: Record<string, Record<string, number>>,
    code: string,
    kind: string,
    n: number,
  ) => {
    to[code] = { ...to[code], [kind]: (to[code]?.[kind] ?? 0) + n };
  };
  let total = 0;
  let populationCovered = 0;
  for (const row of await store.signatures.counterRows(MANIFESTO)) {
    total += row.count;
    byKind[row.kind as keyof Counter['byKind']] += row.count;
    if (row.departement_code) {
      byDepartement[row.departement_code] = (byDepartement[row.departement_code] ?? 0) + row.count;
      add(byDepartementAndKind, row.departement_code, row.kind, row.count);
    }
    if (row.region_code) {
      byRegion[row.region_code] = (byRegion[row.region_code] ?? 0) + row.count;
      add(byRegionAndKind, row.region_code, row.kind, row.count);
    }
    if (row.kind === 'collectivity') populationCovered += row.population;
  }
  const sorted = <T>(r: Record<string, T>) =>
    Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)));
  return {
    manifestoId: MANIFESTO,
    total,
    byKind,
    byDepartement: sorted(byDepartement),
    byRegion: sorted(byRegion),
    byDepartementAndKind: sorted(byDepartementAndKind),
    byRegionAndKind: sorted(byRegionAndKind),
    populationCovered,
  };
}

for (const database of testDatabases()) {
  describe(`counter totals on ${database.name}`, () => {
    const started: TestRegistry[] = [];
    afterAll(async () => {
      for (const t of started) await t.close();
      await dropTestDatabase(database);
    });
    const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

    async function signAndConfirm(
      t: TestRegistry,
      kind: 'individual' | 'collectivity',
      n: number,
      observe?: (sql: string) => void,
    ) {
      const body = t.example(kind, (b) => {
        if (kind === 'individual') b.signatory.individual.email = `totals-${n}@example.org`;
        else b.signatory.representative.email = `mairie-${n}@example.org`;
      });
      const signed = await t.sign(body);
      expect(signed.status).toBe(202);
      const { id } = (await signed.json()) as { id: string };
      await t.registry.idle();
      const to = kind === 'individual' ? `totals-${n}@example.org` : `mairie-${n}@example.org`;
      const token = tokenIn(t.outbox.to(to).at(-1), 'confirm');
      const stop = observe && t.registry.context.store.handle.observeQueries(observe);
      const confirmed = await t.post('/v1/confirmations', { token });
      stop?.();
      expect(confirmed.status).toBe(200);
      return id;
    }

    it('equal a rescan through publications, a withdrawal and a rejection', async () => {
      const t = await startTestRegistry(database);
      started.push(t);
      const counters = t.registry.context.counters;
      await seedDemoSignatures(t.registry.context, MANIFESTO, 40);
      await counters.refresh(MANIFESTO);
      await signAndConfirm(t, 'individual', 1);
      await signAndConfirm(t, 'individual', 2);
      const town = await signAndConfirm(t, 'collectivity', 3); // moderated: confirmed only
      expect(
        (await t.post(`/v1/admin/signatures/${town}/publish`, {}, { headers: admin })).status,
      ).toBe(200);
      await t.registry.idle();
      const withdrawToken = tokenIn(t.outbox.to('totals-2@example.org').at(-1), 'withdraw');
      expect((await t.post('/v1/withdrawals', { token: withdrawToken })).status).toBe(200);
      const { counter } = await counters.get(MANIFESTO);
      const { updatedAt: _, goal: __, ...totals } = counter;
      expect(totals).toEqual(await rescanned(t.registry.context.store));
      expect(counter.total).toBe(42);
      expect(counter.byKind.collectivity).toBeGreaterThan(0);
      expect(counter.populationCovered).toBeGreaterThan(0);
      expect(
        (
          await t.post(
            `/v1/admin/signatures/${town}/reject`,
            { reason: 'test' },
            { headers: admin },
          )
        ).status,
      ).toBe(200);
      const after = (await counters.get(MANIFESTO)).counter;
      expect(after.total).toBe(41);
      const { updatedAt: ___, goal: ____, ...rest } = after;
      expect(rest).toEqual(await rescanned(t.registry.context.store));
      // Its mail worker would deliver the next test's mails from the shared outbox.
      await started.pop()!.close();
    });

    it('reads the same few rows per counter change with 10 or 1,010 signatures', async () => {
      // No timer: the queries counted are those of the change alone.
      const t = await startTestRegistry(database, { counterResyncSeconds: 0 });
      started.push(t);
      const { store } = t.registry.context;
      // Only this schema's signatures count (the first test used the same database).
      const base = (await t.registry.context.counters.get(MANIFESTO)).counter.total;
      const measure = async (n: number) => {
        // What the confirmation (publication, counter, notification) asks of the signatures and
        // the totals; the mail worker's polling runs beside it and is not counted.
        const queries: string[] = [];
        await signAndConfirm(t, 'individual', 1000 + n, (q) => {
          if (/"signatures"|"counter_totals"/.test(q)) queries.push(q);
        });
        return queries;
      };
      let seeded = await seedDemoSignatures(t.registry.context, MANIFESTO, 10);
      const small = await measure(1);
      seeded += await seedDemoSignatures(t.registry.context, MANIFESTO, 1000);
      const large = await measure(2);
      // The same queries, whatever the number of signatures; none groups the signatures.
      expect(large.length).toBe(small.length);
      expect(large.filter((q) => /group by/i.test(q))).toEqual([]);
      // A refresh alone: the mail worker's polling transactions run beside it and are not counted.
      const refreshes: string[] = [];
      const stop = store.handle.observeQueries((q) => {
        if (/"signatures"|"counter_totals"/.test(q)) refreshes.push(q);
      });
      await t.registry.context.counters.refresh(MANIFESTO);
      stop();
      expect(refreshes).toHaveLength(1);
      expect(refreshes[0]).toMatch(/from "counter_totals"/);
      expect((await t.registry.context.counters.get(MANIFESTO)).counter.total).toBe(
        base + seeded + 2,
      );
      await started.pop()!.close();
    });

    it('resynchronises on a timer when a change was never announced', async () => {
      const a = await startTestRegistry(database);
      const b = await startTestRegistry(database, { counterResyncSeconds: 1 });
      started.push(a, b);
      const before = (await b.registry.context.counters.get(MANIFESTO)).counter.total;
      // A change no notification tells of (as when the notification connection was down).
      await a.registry.context.store.transaction((tx) =>
        tx.counterTotals.add(
          {
            manifesto_id: MANIFESTO,
            kind: 'individual',
            departement_code: null,
            region_code: null,
            population: null,
          },
          1,
        ),
      );
      const seen: number[] = [];
      await new Promise<void>((resolve) =>
        b.registry.context.counters.subscribe(MANIFESTO, (s) => {
          seen.push(s.counter.total);
          resolve();
        }),
      );
      expect(seen).toEqual([before + 1]);
    });
  });
}
