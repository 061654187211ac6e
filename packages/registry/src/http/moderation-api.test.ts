import { beforeAll, describe, expect, it } from 'vitest';
import { runAdminsCommand } from '../cli/admins.js';
import { TOWNS } from '../test/console-fixture.js';
import { freshDatabase, testDatabases } from '../test/databases.js';
import {
  ADMIN_TOKEN,
  type EditableBody,
  MANIFESTO,
  registryOn,
  tokenIn,
} from '../test/test-registry.js';

const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

interface Item {
  id: string;
  kind: string;
  status: string;
  name: string | null;
  official: { population: number; type: string; inseeCode: string } | null;
  emailDomain: string | null;
  signature: { signatory: unknown } | null;
}
interface History {
  from: string;
  to: string;
  actorKind: string;
  actor: string;
  reason: string | null;
}

for (const database of testDatabases()) {
  describe(`moderation console API on ${database.name}`, () => {
    const t = registryOn(database);
    const closed = registryOn(freshDatabase(database), { adminToken: undefined });
    beforeAll(() => {
      t.registry.context.geo(); // the official list, built once (a third of a second)
    });

    const json = async <T>(path: string, headers: Record<string, string> = admin) => {
      const response = await t.request(path, { headers });
      expect(response.status, path).toBe(200);
      return (await response.json()) as T;
    };

    /** Signs for a town and confirms by the mailed link: the signature awaits moderation. */
    async function confirmedTown(town: keyof typeof TOWNS): Promise<string> {
      // One second apart, so that "oldest first" has one answer.
      t.clock.now = new Date(t.clock.now.getTime() + 1000);
      const { email, ...collectivity } = TOWNS[town];
      const body = t.example('collectivity', (b: EditableBody) => {
        Object.assign(b.signatory.collectivity, collectivity);
        b.signatory.representative.email = email;
      });
      expect((await t.sign(body)).status).toBe(202);
      await t.registry.idle();
      const token = tokenIn(t.outbox.to(email).at(-1), 'confirm');
      const confirmed = (await (await t.post('/v1/confirmations', { token })).json()) as {
        id: string;
        status: string;
      };
      expect(confirmed.status).toBe('confirmed');
      return confirmed.id;
    }

    it('names moderators: CLI tokens work until revoked, ADMIN_TOKEN is "admin"', async () => {
      const printed: string[] = [];
      await runAdminsCommand(t.registry.context.store, ['add', 'dominique'], (l) =>
        printed.push(l),
      );
      const token = printed[0]!;
      expect(token).toMatch(/^pcadm_[\w-]{40,}$/);
      const stored = await t.registry.context.store.adminTokens.list();
      expect(JSON.stringify(stored)).not.toContain(token);
      expect(await json('/v1/admin/me', { authorization: `Bearer ${token}` })).toEqual({
        name: 'dominique',
      });
      expect(await json('/v1/admin/me')).toEqual({ name: 'admin' });
      await expect(
        runAdminsCommand(t.registry.context.store, ['add', 'dominique'], () => {}),
      ).rejects.toThrow(/already/);
      await expect(
        runAdminsCommand(t.registry.context.store, ['add', 'admin'], () => {}),
      ).rejects.toThrow(/ADMIN_TOKEN/);
      const listed: string[] = [];
      await runAdminsCommand(t.registry.context.store, ['list'], (l) => listed.push(l));
      expect(listed.join('\n')).toMatch(/^dominique {2}added /);
      await runAdminsCommand(t.registry.context.store, ['revoke', 'dominique'], () => {});
      const revoked = await t.request('/v1/admin/me', {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(revoked.status).toBe(403);
      await expect(
        runAdminsCommand(t.registry.context.store, ['revoke', 'dominique'], () => {}),
      ).rejects.toThrow(/no active token/);
    });

    it('opens moderation to named tokens alone, and stays closed without any', async () => {
      expect((await closed.request('/v1/admin/me', { headers: admin })).status).toBe(503);
      const printed: string[] = [];
      await runAdminsCommand(closed.registry.context.store, ['add', 'lou'], (l) => printed.push(l));
      const me = await closed.request('/v1/admin/me', {
        headers: { authorization: `Bearer ${printed[0]}` },
      });
      expect(await me.json()).toEqual({ name: 'lou' });
      expect((await closed.request('/v1/admin/me', { headers: admin })).status).toBe(403);
    });

    it('describes its endpoints in the OpenAPI document, each behind the token', async () => {
      const doc = (await (await t.request('/openapi.json')).json()) as {
        paths: Record<string, Record<string, { security?: unknown[] }>>;
      };
      for (const path of [
        '/v1/admin/me',
        '/v1/admin/signatures/{id}',
        '/v1/admin/stats',
        '/v1/admin/retention',
        '/v1/admin/anonymize',
      ]) {
        const operations = Object.values(doc.paths[path] ?? {});
        expect(operations.length, path).toBeGreaterThan(0);
        for (const operation of operations) expect(operation.security, path).toHaveLength(1);
      }
    });

    it('gives nothing new to a client without a token', async () => {
      const id = await confirmedTown('arras');
      const paths = [
        '/v1/admin/me',
        '/v1/admin/signatures?status=confirmed',
        `/v1/admin/signatures/${id}`,
        `/v1/admin/stats?manifesto=${MANIFESTO}`,
        '/v1/admin/retention',
        `/v1/admin/anonymize?manifesto=${MANIFESTO}`,
      ];
      for (const path of paths) {
        const none = await t.request(path);
        expect(none.status, path).toBe(401);
        const wrong = await t.request(path, { headers: { authorization: 'Bearer nope' } });
        expect(wrong.status, path).toBe(403);
        expect(await wrong.text()).not.toContain('arras.example');
      }
      for (const path of [
        '/v1/admin/retention',
        '/v1/admin/anonymize',
        `/v1/admin/signatures/${id}/reject`,
      ]) {
        const post = await t.post(path, { manifesto: MANIFESTO });
        expect(post.status, path).toBe(401);
      }
      const after = await json<{ item: Item }>(`/v1/admin/signatures/${id}`);
      expect(after.item.status).toBe('confirmed');
    });

    it('shows the queue with the official record and the mail domain, oldest first', async () => {
      const first = await confirmedTown('roubaix');
      const queue = await json<{ items: Item[] }>('/v1/admin/signatures?status=confirmed');
      const ids = queue.items.map((i) => i.id);
      expect(ids.indexOf(first)).toBeGreaterThan(-1);
      const item = queue.items.find((i) => i.id === first)!;
      expect(item.official).toMatchObject({ type: 'commune', inseeCode: '59512' });
      expect(item.official!.population).toBeGreaterThan(50_000);
      expect(item.emailDomain).toBe('ville-roubaix.fr');
      expect(item.signature?.signatory).toMatchObject({ representative: { role: 'adjoint' } });
    });

    it('records who published and who rejected why, mails the reason, keeps history after erasure', async () => {
      const published = await confirmedTown('amiens');
      const before = (await (await t.request(`/v1/manifestos/${MANIFESTO}/counter`)).json()) as {
        total: number;
      };
      const publish = await t.post(
        `/v1/admin/signatures/${published}/publish`,
        {},
        {
          headers: admin,
        },
      );
      expect(publish.status).toBe(200);
      const after = (await (await t.request(`/v1/manifestos/${MANIFESTO}/counter`)).json()) as {
        total: number;
      };
      expect(after.total).toBe(before.total + 1);
      const detail = await json<{ item: Item; history: History[] }>(
        `/v1/admin/signatures/${published}`,
      );
      expect(detail.history.map((h) => [h.from, h.to, h.actorKind, h.actor])).toEqual([
        ['pending_confirmation', 'confirmed', 'signer', 'signer'],
        ['confirmed', 'published', 'moderator', 'admin'],
      ]);

      const reason = 'La personne signataire n’est pas élue de cette commune.';
      const reject = await t.post(
        `/v1/admin/signatures/${published}/reject`,
        { reason },
        { headers: admin },
      );
      expect(reject.status).toBe(200);
      await t.registry.idle();
      const mail = t.outbox.to(TOWNS.amiens.email).at(-1)!;
      expect(mail.subject).toContain('n’a pas été publiée');
      expect(mail.subject).not.toContain('Nord-Pas de Calais');
      expect(mail.text).toContain(reason);
      expect(mail.html).toContain('Motif');
      const rejected = await json<{ item: Item; history: History[] }>(
        `/v1/admin/signatures/${published}`,
      );
      expect(rejected.item.signature).toBeNull();
      expect(rejected.history.at(-1)).toMatchObject({
        from: 'published',
        to: 'rejected',
        actor: 'admin',
        reason,
      });
      expect(rejected.history).toHaveLength(3);
      const bad = await t.post(
        `/v1/admin/signatures/${published}/reject`,
        { reason: 'x', extra: 1 },
        { headers: admin },
      );
      expect(bad.status).toBe(400);
      const long = await t.post(
        `/v1/admin/signatures/${published}/reject`,
        { reason: 'x'.repeat(1001) },
        { headers: admin },
      );
      expect(((await long.json()) as { error: { code: string } }).error.code).toBe('text.too_long');
    });

    it('searches by kind, status, territory, text and date', async () => {
      const ids = (r: { items: Item[] }) => r.items.map((i) => i.name);
      expect(ids(await json('/v1/admin/signatures?kind=collectivity&territory=62'))).toEqual([
        'Arras',
      ]);
      expect(ids(await json('/v1/admin/signatures?q=roub'))).toEqual(['Roubaix']);
      expect(ids(await json('/v1/admin/signatures?q=ville-roubaix.fr'))).toEqual(['Roubaix']);
      expect(ids(await json('/v1/admin/signatures?q=80021'))).toEqual(['Amiens']);
      expect(ids(await json('/v1/admin/signatures?status=rejected'))).toEqual(['Amiens']);
      expect(ids(await json('/v1/admin/signatures?territory=r32&order=newest'))).toEqual([
        'Amiens',
        'Roubaix',
        'Arras',
      ]);
      const queue = await json<{ items: Item[] }>('/v1/admin/signatures');
      expect(queue.items.map((i) => i.name)).toEqual(['Arras', 'Roubaix', 'Amiens']);
      const today = t.clock.now.toISOString().slice(0, 10);
      expect(ids(await json(`/v1/admin/signatures?from=${today}&to=${today}`))).toHaveLength(3);
      expect(ids(await json('/v1/admin/signatures?to=2020-01-01'))).toEqual([]);
      const page = await json<{ items: Item[]; nextCursor: string }>(
        '/v1/admin/signatures?limit=2',
      );
      expect(page.items).toHaveLength(2);
      const rest = await json<{ items: Item[] }>(
        `/v1/admin/signatures?limit=2&cursor=${page.nextCursor}`,
      );
      expect(rest.items.map((i) => i.name)).toEqual(['Amiens']);
      for (const bad of ['kind=x', 'status=x', 'territory=x1', 'from=yesterday', 'order=up'])
        expect((await t.request(`/v1/admin/signatures?${bad}`, { headers: admin })).status).toBe(
          400,
        );
    });

    it('sums the campaign: by kind and status, per day, by département', async () => {
      const arras = (await json<{ items: Item[] }>('/v1/admin/signatures?q=62041')).items[0]!.id;
      await t.post(`/v1/admin/signatures/${arras}/publish`, {}, { headers: admin });
      await t.registry.idle();
      const stats = await json<{
        byKindAndStatus: { kind: string; status: string; count: number }[];
        perDay: { day: string; submitted: number; published: number }[];
        byDepartement: { departementCode: string; name: string; collectivities: number }[];
        published: number;
        populationCovered: number;
        mailQueue: { waiting: number; retrying: number; failed: number };
      }>(`/v1/admin/stats?manifesto=${MANIFESTO}`);
      // Every mail of the test outbox went: the queue the data tab shows is empty.
      expect(stats.mailQueue).toEqual({ waiting: 0, retrying: 0, failed: 0 });
      expect(stats.byKindAndStatus).toEqual([
        { kind: 'collectivity', status: 'confirmed', count: 1 },
        { kind: 'collectivity', status: 'published', count: 1 },
        { kind: 'collectivity', status: 'rejected', count: 1 },
      ]);
      const today = t.clock.now.toISOString().slice(0, 10);
      expect(stats.perDay).toEqual([{ day: today, submitted: 3, published: 1 }]);
      expect(stats.byDepartement).toEqual([
        { departementCode: '62', name: 'Pas-de-Calais', collectivities: 1, population: 42875 },
      ]);
      expect(stats.published).toBe(1);
      expect(stats.populationCovered).toBe(42875);
      expect((await t.request('/v1/admin/stats?manifesto=nope', { headers: admin })).status).toBe(
        404,
      );
    });

    it('previews retention and anonymisation before running them, and logs expiry', async () => {
      const body = t.example('individual', (b: EditableBody) => {
        b.signatory.individual.email = 'late@example.org';
      });
      expect((await t.sign(body)).status).toBe(202);
      const empty = await json<{ items: unknown[] }>('/v1/admin/retention');
      expect(empty.items).toEqual([]);
      t.clock.now = new Date(t.clock.now.getTime() + 8 * 86_400_000);
      const preview = await json<{ items: { id: string; action: string; name: null }[] }>(
        '/v1/admin/retention',
      );
      expect(preview.items).toHaveLength(1);
      expect(preview.items[0]).toMatchObject({ action: 'expire', kind: 'individual', name: null });
      expect(JSON.stringify(preview)).not.toContain('late@example.org');
      const run = await t.post('/v1/admin/retention', {}, { headers: admin });
      expect(await run.json()).toMatchObject({ expired: 1 });
      const history = await json<{ history: History[] }>(
        `/v1/admin/signatures/${preview.items[0]!.id}`,
      );
      expect(history.history).toEqual([
        expect.objectContaining({ to: 'expired', actorKind: 'system', actor: 'retention' }),
      ]);
      t.clock.now = new Date(t.clock.now.getTime() - 8 * 86_400_000);

      const body2 = t.example('platform', (b: EditableBody) => {
        b.signatory.platform.name = 'Coop Pending';
        b.signatory.representative.email = 'pending@coop.example';
      });
      const signed = (await (await t.sign(body2)).json()) as { id: string };
      const pending = signed.id;
      const anonymize = await json<{ items: { name: string; action: string }[] }>(
        `/v1/admin/anonymize?manifesto=${MANIFESTO}`,
      );
      expect(anonymize.items.map((i) => [i.name, i.action]).sort()).toEqual([
        ['Arras', 'anonymize'],
        ['Coop Pending', 'expire'],
        ['Roubaix', 'anonymize'],
      ]);
      const ran = await t.post('/v1/admin/anonymize', { manifesto: MANIFESTO }, { headers: admin });
      expect(await ran.json()).toEqual({ anonymized: 3 });
      const expired = await json<{ history: History[] }>(`/v1/admin/signatures/${pending}`);
      expect(expired.history.at(-1)).toMatchObject({
        from: 'pending_confirmation',
        to: 'expired',
        actorKind: 'system',
        actor: 'anonymize',
      });
      expect(
        (await json<{ items: unknown[] }>(`/v1/admin/anonymize?manifesto=${MANIFESTO}`)).items,
      ).toEqual([]);
    });
  });
}
