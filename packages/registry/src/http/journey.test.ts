import { verifyAttestation } from '@plateformcoop/signature';
import { describe, expect, it } from 'vitest';
import { testDatabases } from '../test/databases.js';
import { ADMIN_TOKEN, MANIFESTO, registryOn, tokenIn } from '../test/test-registry.js';

const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

for (const database of testDatabases()) {
  describe(`signature journey on ${database.name}`, () => {
    const t = registryOn(database);

    const counter = async () =>
      (await (await t.request(`/v1/manifestos/${MANIFESTO}/counter`)).json()) as {
        total: number;
        byKind: Record<string, number>;
        byDepartement: Record<string, number>;
        byRegion: Record<string, number>;
        byDepartementAndKind: Record<string, Record<string, number>>;
        byRegionAndKind: Record<string, Record<string, number>>;
        populationCovered: number;
      };

    it('signs, confirms by POST (GET changes nothing), counts, lists, and withdraws an individual', async () => {
      const before = await counter();
      const response = await t.sign(t.example('individual'));
      expect(response.status).toBe(202);
      const receipt = (await response.json()) as { id: string; status: string };
      expect(receipt.status).toBe('pending_confirmation');
      await t.registry.idle();
      const [confirmation] = t.outbox.to('sacha.exemple@example.org');
      expect(confirmation?.html).toContain('/confirm?token=');
      const token = tokenIn(confirmation, 'confirm');

      const page = await t.request(`/confirm?token=${encodeURIComponent(token)}`, {
        headers: { 'accept-language': 'en' },
      });
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('v1/confirmations');
      expect(html).toContain('lang="fr"'); // the signature's language wins over the browser's
      expect((await counter()).total).toBe(before.total);

      const confirmed = await t.post('/v1/confirmations', { token });
      expect(confirmed.status).toBe(200);
      expect(await confirmed.json()).toEqual({ id: receipt.id, status: 'published', mailed: true });
      const after = await counter();
      expect(after.total).toBe(before.total + 1);
      expect(after.byKind.individual).toBe(before.byKind.individual! + 1);
      expect(after.byDepartement['59']).toBe((before.byDepartement['59'] ?? 0) + 1);
      expect(after.byRegion['32']).toBe((before.byRegion['32'] ?? 0) + 1);
      // The same by kind, for the map's `kind` filter.
      expect(after.byDepartementAndKind['59']?.individual).toBe(
        (before.byDepartementAndKind['59']?.individual ?? 0) + 1,
      );
      expect(after.byRegionAndKind['32']?.individual).toBe(
        (before.byRegionAndKind['32']?.individual ?? 0) + 1,
      );
      expect(after.byDepartementAndKind['59']?.platform).toBe(
        before.byDepartementAndKind['59']?.platform,
      );

      // Replaying the token changes nothing, and says where the signature stands.
      const replayed = await t.post('/v1/confirmations', { token });
      expect(replayed.status).toBe(409);
      expect(await replayed.json()).toMatchObject({ error: { code: 'signature.published' } });
      expect((await counter()).total).toBe(before.total + 1);

      const list = await t.request(`/v1/manifestos/${MANIFESTO}/signatories?kind=individual`);
      const listed = (await list.json()) as { items: { id: string; name?: string }[] };
      expect(listed.items.find((i) => i.id === receipt.id)).toMatchObject({ kind: 'individual' });
      // No consent to public display: listed without a name.
      expect(listed.items.find((i) => i.id === receipt.id)?.name).toBeUndefined();

      await t.registry.idle();
      const confirmedMail = t.outbox.to('sacha.exemple@example.org').at(-1);
      const withdraw = tokenIn(confirmedMail, 'withdraw');
      expect(await (await t.post('/v1/confirmations', { token: withdraw })).json()).toMatchObject({
        error: { code: 'token.purpose' },
      });
      const withdrawn = await t.post('/v1/withdrawals', { token: withdraw });
      expect(await withdrawn.json()).toEqual({ id: receipt.id, status: 'withdrawn', mailed: true });
      expect((await counter()).total).toBe(before.total);
      expect((await t.post('/v1/withdrawals', { token: withdraw })).status).toBe(409);

      // Personal data is gone at once; the same person may sign again.
      const exported = await (
        await t.request('/v1/admin/signatures?status=withdrawn', { headers: admin })
      ).json();
      expect(JSON.stringify(exported)).not.toContain('sacha');
      expect((await t.sign(t.example('individual'))).status).toBe(202);
    });

    it('holds a collectivity for moderation, then publishes it with its official population', async () => {
      const before = await counter();
      expect((await t.sign(t.example('collectivity'))).status).toBe(202);
      await t.registry.idle();
      const token = tokenIn(t.outbox.to('camille.exemple@example.org').at(-1), 'confirm');
      const confirmed = (await (await t.post('/v1/confirmations', { token })).json()) as {
        id: string;
        status: string;
      };
      expect(confirmed.status).toBe('confirmed');
      expect((await counter()).total).toBe(before.total);

      const queue = (await (
        await t.request('/v1/admin/signatures?status=confirmed', { headers: admin })
      ).json()) as {
        items: { id: string; signature: { signatory: { representative: { email: string } } } }[];
      };
      expect(queue.items.map((i) => i.id)).toContain(confirmed.id);
      expect(queue.items[0]?.signature.signatory.representative.email).toBe(
        'camille.exemple@example.org',
      );
      const published = await t.post(
        `/v1/admin/signatures/${confirmed.id}/publish`,
        {},
        { headers: admin },
      );
      expect(await published.json()).toEqual({
        id: confirmed.id,
        status: 'published',
        mailed: true,
      });
      // A collectivity is told its signature is published, in its own words.
      await t.registry.idle();
      expect(t.outbox.to('camille.exemple@example.org').at(-1)?.subject).toBe(
        'Votre signature du manifeste PlateformCoop est publiée',
      );
      const after = await counter();
      expect(after.byKind.collectivity).toBe(before.byKind.collectivity! + 1);
      expect(after.populationCovered - before.populationCovered).toBeGreaterThan(200_000);
      const list = (await (
        await t.request(`/v1/manifestos/${MANIFESTO}/signatories?q=lille&departement=59`)
      ).json()) as {
        items: { name: string; inseeCode: string; representative?: { name: string } }[];
      };
      expect(list.items[0]).toMatchObject({
        name: 'Lille',
        inseeCode: '59350',
        representative: { name: 'Camille Exemple' },
      });
      expect(JSON.stringify(list)).not.toMatch(/@/);
      expect(
        (await t.post(`/v1/admin/signatures/${confirmed.id}/publish`, {}, { headers: admin }))
          .status,
      ).toBe(409);
    });

    it('attests a signing platform, serves its badges, and revokes them on withdrawal', async () => {
      expect((await t.sign(t.example('platform'))).status).toBe(202);
      await t.registry.idle();
      const address = 'contact@velo-partage.example.org';
      await t.post('/v1/confirmations', { token: tokenIn(t.outbox.to(address).at(-1), 'confirm') });
      await t.registry.idle();
      const badgeMail = t.outbox.to(address).find((m) => m.text.includes('badge.svg'));
      expect(badgeMail?.text).toContain('data-plateformcoop="badge"');
      expect(badgeMail?.text).toContain('img.shields.io/endpoint');
      const platforms = (await (await t.request('/v1/platforms')).json()) as {
        slug: string;
        signed: boolean;
      }[];
      expect(platforms.find((p) => p.slug === 'velo-partage-coop')).toMatchObject({ signed: true });
      expect(platforms.some((p) => p.slug === 'mobicoop' && !p.signed)).toBe(true);

      const attestation = await t.request('/v1/platforms/velo-partage-coop/attestation');
      expect(attestation.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
      const jwks = await (await t.request('/.well-known/jwks.json')).json();
      const verified = await verifyAttestation(await attestation.text(), {
        jwks,
        issuer: 'http://registry.test',
      });
      expect(verified).toMatchObject({
        ok: true,
        attestation: {
          slug: 'velo-partage-coop',
          name: 'Vélo Partage Coop',
          manifesto: { id: MANIFESTO },
        },
      });
      expect(
        await (await t.request('/v1/platforms/velo-partage-coop/badge.json')).json(),
      ).toMatchObject({
        schemaVersion: 1,
        message: 'signataire',
      });
      const svg = await t.request('/v1/platforms/velo-partage-coop/badge.svg', {
        headers: { 'accept-language': 'en' },
      });
      expect(svg.headers.get('content-type')).toContain('image/svg+xml');
      expect(await svg.text()).toContain('signatory');

      await t.post('/v1/withdrawals', {
        token: tokenIn(
          t.outbox.to(address).find((m) => m.text.includes('withdraw?token')),
          'withdraw',
        ),
      });
      expect((await t.request('/v1/platforms/velo-partage-coop/attestation')).status).toBe(404);
      expect(
        await (await t.request('/v1/platforms/velo-partage-coop/badge.json')).json(),
      ).toMatchObject({ message: 'non signataire' });
    });

    it('matches a platform to a known one by its website domain', async () => {
      const body = t.example('platform', (b) => {
        b.signatory.platform.name = 'Mobicoop SCIC';
        b.signatory.platform.website = 'https://www.mobicoop.fr';
        b.signatory.representative.email = 'contact@mobicoop.example.org';
      });
      expect((await t.sign(body)).status).toBe(202);
      await t.registry.idle();
      await t.post('/v1/confirmations', {
        token: tokenIn(t.outbox.to('contact@mobicoop.example.org').at(-1), 'confirm'),
      });
      expect(await (await t.request('/v1/platforms/mobicoop')).json()).toMatchObject({
        slug: 'mobicoop',
        signed: true,
      });
    });

    it('answers the same 202 to a repeated signature, mails "already signed", keeps one row', async () => {
      const body = t.example('organization');
      const answers = await Promise.all([t.sign(body), t.sign(body), t.sign(body)]);
      expect(answers.map((r) => r.status)).toEqual([202, 202, 202]);
      const receipts = (await Promise.all(answers.map((r) => r.json()))) as { status: string }[];
      expect(new Set(receipts.map((r) => Object.keys(r).join()))).toEqual(
        new Set(['id,status,moderated,resendToken']),
      );
      await t.registry.idle();
      const mails = t.outbox.to('dominique@reseau-exemple.example.org');
      expect(mails.filter((m) => m.text.includes('/confirm?token='))).toHaveLength(1);
      expect(mails.filter((m) => !m.text.includes('/confirm?token='))).toHaveLength(2);
      const all = (await (await t.request('/v1/admin/export.json', { headers: admin })).json()) as {
        name: string;
      }[];
      expect(all.filter((r) => r.name === 'Réseau Exemple ESS')).toHaveLength(1);
    });

    it('pushes counter changes as Server-Sent Events, and revalidates with ETag', async () => {
      const first = await t.request(`/v1/manifestos/${MANIFESTO}/counter`);
      const etag = first.headers.get('etag')!;
      expect(first.headers.get('cache-control')).toMatch(/max-age=\d+/);
      expect(first.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
      expect(
        (
          await t.request(`/v1/manifestos/${MANIFESTO}/counter`, {
            headers: { 'if-none-match': etag },
          })
        ).status,
      ).toBe(304);

      const controller = new AbortController();
      const stream = await t.request(`/v1/manifestos/${MANIFESTO}/counter/stream`, {
        signal: controller.signal,
      });
      expect(stream.headers.get('content-type')).toContain('text/event-stream');
      const reader = stream.body!.getReader();
      const events: string[] = [];
      const read = async (count: number) => {
        let buffer = '';
        while (events.length < count) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += new TextDecoder().decode(value);
          const parts = buffer.split('\n\n');
          buffer = parts.pop()!;
          for (const part of parts) if (part.includes('event: counter')) events.push(part);
        }
      };
      await read(1);
      const body = t.example('individual', (b) => {
        b.signatory.individual.email = 'stream@example.org';
      });
      expect((await t.sign(body)).status).toBe(202);
      await t.registry.idle();
      await t.post('/v1/confirmations', {
        token: tokenIn(t.outbox.to('stream@example.org').at(-1), 'confirm'),
      });
      await read(2);
      controller.abort();
      const total = (e: string) =>
        JSON.parse(e.split('data: ')[1]!.split('\n')[0]!).total as number;
      expect(total(events[1]!)).toBe(total(events[0]!) + 1);
      const now = await t.request(`/v1/manifestos/${MANIFESTO}/counter`, {
        headers: { 'if-none-match': etag },
      });
      expect(now.status).toBe(200);
    });

    it('pages the public list with an opaque cursor', async () => {
      const first = (await (
        await t.request(`/v1/manifestos/${MANIFESTO}/signatories?limit=1`)
      ).json()) as {
        items: { id: string }[];
        nextCursor?: string;
      };
      expect(first.items).toHaveLength(1);
      expect(first.nextCursor).toBeTypeOf('string');
      const second = (await (
        await t.request(
          `/v1/manifestos/${MANIFESTO}/signatories?limit=1&cursor=${first.nextCursor}`,
        )
      ).json()) as {
        items: { id: string }[];
      };
      expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
      expect(
        (await t.request(`/v1/manifestos/${MANIFESTO}/signatories?cursor=nonsense`)).status,
      ).toBe(400);
    });

    it('writes mails in the language of the signature, as text and HTML', async () => {
      const body = t.example('individual', (b) => {
        b.locale = 'en';
        b.signatory.individual.email = 'english@example.org';
      });
      expect((await t.sign(body)).status).toBe(202);
      await t.registry.idle();
      const [mail] = t.outbox.to('english@example.org');
      expect(mail).toMatchObject({ locale: 'en' });
      expect(mail!.subject).toMatch(/Confirm your signature/);
      expect(mail!.html).toMatch(/<a href="http:\/\/registry\.test\/confirm\?token=/);
      expect(t.outbox.to('sacha.exemple@example.org')[0]!.subject).toMatch(
        /Confirmez votre signature/,
      );
    });

    it('never writes an e-mail address to the log', () => {
      expect(t.logs.join('\n')).not.toMatch(/@/);
    });
  });
}
