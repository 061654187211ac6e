import { afterAll, describe, expect, it } from 'vitest';
import { dropTestDatabase, testDatabases } from '../test/databases.js';
import type { SignatureRow } from './signature-store.js';
import { openStore, type Store } from './store.js';
import { isUniqueViolation } from './unique-violation.js';

function row(id: string, key: string | null, overrides: Partial<SignatureRow> = {}): SignatureRow {
  return {
    id,
    manifesto_id: 'm',
    signature_key: key,
    status: 'pending_confirmation',
    kind: 'individual',
    locale: 'fr',
    manifesto_hash: `sha256:${'0'.repeat(64)}`,
    submission: '{}',
    commitments: '[]',
    entity_name: null,
    collectivity_type: null,
    siren: null,
    insee_code: null,
    departement_code: '59',
    region_code: '32',
    population: null,
    platform_slug: null,
    search_text: null,
    created_at: new Date().toISOString(),
    confirmed_at: null,
    published_at: null,
    rejected_at: null,
    withdrawn_at: null,
    expired_at: null,
    erased_at: null,
    deliberation: null,
    ...overrides,
  };
}

for (const database of testDatabases()) {
  describe(`store on ${database.name}`, () => {
    let store: Store;
    afterAll(async () => {
      await store?.close();
      await dropTestDatabase(database);
    });

    it('migrates, and running migrations again changes nothing', async () => {
      store = await openStore(database.url, database);
      const again = await openStore(database.url, database);
      await again.close();
      expect(await store.signatures.count()).toBe(0);
    });

    it('keeps any number of pending and confirmed rows of a key, and one published row', async () => {
      const pending = await Promise.all(
        Array.from({ length: 10 }, (_, i) => store.signatures.insert(row(`dup-${i}`, 'same-key'))),
      );
      expect(pending.every(Boolean)).toBe(true);
      await store.signatures.update('dup-0', { status: 'confirmed' });
      await store.signatures.update('dup-1', { status: 'confirmed' });
      expect((await store.signatures.liveWithKey('m', 'same-key')).map((r) => r.id)).toEqual([
        'dup-0',
        'dup-1',
      ]);
      // Concurrent publications of one key: the partial unique index lets one through.
      const published = await Promise.allSettled(
        ['dup-0', 'dup-1'].map((id) =>
          store.signatures.updateIfStatus(id, 'confirmed', { status: 'published' }),
        ),
      );
      expect(published.filter((p) => p.status === 'fulfilled')).toHaveLength(1);
      const refused = published.find((p) => p.status === 'rejected') as PromiseRejectedResult;
      expect(isUniqueViolation(refused.reason)).toBe(true);
      // A published row of that key makes another published insert a no-op.
      expect(
        await store.signatures.insert(row('dup-again', 'same-key', { status: 'published' })),
      ).toBe(false);
      await store.signatures.update('dup-0', { signature_key: null, status: 'withdrawn' });
      await store.signatures.update('dup-1', { signature_key: null, status: 'withdrawn' });
      expect(
        await store.signatures.insert(row('dup-again', 'same-key', { status: 'published' })),
      ).toBe(true);
      await store.signatures.update('dup-again', { signature_key: null, status: 'withdrawn' });
    });

    it('moves a status once under concurrent transitions (compare-and-set)', async () => {
      await store.signatures.insert(row('cas', 'cas-key'));
      const wins = await Promise.all(
        Array.from({ length: 5 }, () =>
          store.signatures.updateIfStatus('cas', 'pending_confirmation', { status: 'confirmed' }),
        ),
      );
      expect(wins.filter(Boolean)).toHaveLength(1);
    });

    it('spends a challenge once, even with 20 concurrent copies', async () => {
      const expires = new Date(Date.now() + 60_000).toISOString();
      const spent = await Promise.all(
        Array.from({ length: 20 }, () => store.challenges.spend('challenge-1', expires)),
      );
      expect(spent.filter(Boolean)).toHaveLength(1);
      expect(await store.challenges.prune(new Date(Date.now() + 120_000).toISOString())).toBe(1);
    });

    it('totals published rows and pages the public list by cursor', async () => {
      const t = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString();
      for (let i = 0; i < 5; i++) {
        await store.signatures.insert(
          row(`pub-${i}`, `pub-key-${i}`, {
            status: 'published',
            published_at: t(i),
            kind: i % 2 ? 'collectivity' : 'individual',
            population: i % 2 ? 1000 : null,
            search_text: `name 100% ${i}`,
          }),
        );
      }
      const counter = await store.signatures.counterRows('m');
      expect(counter.reduce((n, r) => n + r.count, 0)).toBe(5);
      expect(counter.reduce((n, r) => n + r.population, 0)).toBe(2000);
      const first = await store.signatures.listPublished({ manifestoId: 'm', limit: 2 });
      expect(first.map((r) => r.id)).toEqual(['pub-4', 'pub-3']);
      const last = first.at(-1)!;
      const next = await store.signatures.listPublished({
        manifestoId: 'm',
        limit: 10,
        after: { publishedAt: last.published_at!, id: last.id },
      });
      expect(next.map((r) => r.id)).toEqual(['pub-2', 'pub-1', 'pub-0']);
      const found = await store.signatures.listPublished({
        manifestoId: 'm',
        limit: 10,
        search: '100% 3',
      });
      expect(found.map((r) => r.id)).toEqual(['pub-3']);
      const none = await store.signatures.listPublished({
        manifestoId: 'm',
        limit: 10,
        search: '_',
      });
      expect(none).toHaveLength(0);
    });

    it('counts mails per address hash since a time', async () => {
      const now = new Date().toISOString();
      await store.mailLog.record('h1', now);
      await store.mailLog.record('h1', now);
      await store.mailLog.record('h2', now);
      expect(
        await store.mailLog.countSince('h1', new Date(Date.now() - 86_400_000).toISOString()),
      ).toBe(2);
    });
  });
}
