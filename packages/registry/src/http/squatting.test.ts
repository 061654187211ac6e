import { describe, expect, it } from 'vitest';
import type { ModerationItem } from '../admin/moderation-item.js';
import { freshDatabase, testDatabases } from '../test/databases.js';
import { ADMIN_TOKEN, type EditableBody, registryOn, tokenIn } from '../test/test-registry.js';

const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

/** What the form's submitter sees of an answer: its status and shape, never what it holds. */
const shapeOf = async (response: Response) => ({
  status: response.status,
  keys: Object.keys((await response.json()) as object).sort(),
});

// Issue 16, finding 1: a stranger who submitted an entity first (and never confirmed) left its
// real signer with an "already signed" mail and no link, and the probe learnt something pended.
for (const database of testDatabases()) {
  describe(`no squatting on ${database.name}`, () => {
    const t = registryOn(database, { mailsPerAddressPerDay: 10 });

    const lille = (email: string) =>
      t.example('collectivity', (b: EditableBody) => {
        b.signatory.representative.email = email;
      });
    const mailsTo = async (address: string) => {
      await t.registry.idle();
      return t.outbox.to(address);
    };
    const hasConfirmLink = (text: string) => text.includes('/confirm?token=');
    const confirmed = async (id: string) =>
      (await (await t.request(`/v1/admin/signatures/${id}`, { headers: admin })).json()) as {
        item: ModerationItem;
      };

    it('gives each submitter of a collectivity their own link, a moderator sees the confirmed ones side by side and publishes one', async () => {
      const stranger = await shapeOf(await t.sign(lille('squatter@example.net')));
      const townHall = await shapeOf(await t.sign(lille('mairie@lille.example.fr')));
      // The same answer: nothing tells the town hall that a stranger's submission waits.
      expect(townHall).toEqual(stranger);
      const [townHallMail] = await mailsTo('mairie@lille.example.fr');
      const [strangerMail] = await mailsTo('squatter@example.net');
      expect(hasConfirmLink(townHallMail!.text)).toBe(true);
      expect(hasConfirmLink(strangerMail!.text)).toBe(true);

      const byStranger = await t.post('/v1/confirmations', {
        token: tokenIn(strangerMail, 'confirm'),
      });
      const byTownHall = await t.post('/v1/confirmations', {
        token: tokenIn(townHallMail, 'confirm'),
      });
      const strangerId = ((await byStranger.json()) as { id: string; status: string }).id;
      const townHallAnswer = (await byTownHall.json()) as { id: string; status: string };
      expect(townHallAnswer.status).toBe('confirmed');

      const queue = (await (
        await t.request('/v1/admin/signatures?status=confirmed', { headers: admin })
      ).json()) as { items: ModerationItem[] };
      const byId = new Map(queue.items.filter((i) => i.name === 'Lille').map((i) => [i.id, i]));
      expect([...byId.keys()].sort()).toEqual([strangerId, townHallAnswer.id].sort());
      expect(byId.get(strangerId)!.competing).toEqual([
        { id: townHallAnswer.id, status: 'confirmed' },
      ]);
      expect(byId.get(townHallAnswer.id)!.competing).toEqual([
        { id: strangerId, status: 'confirmed' },
      ]);
      expect(byId.get(strangerId)!.emailDomain).toBe('example.net');

      const published = await t.post(
        `/v1/admin/signatures/${townHallAnswer.id}/publish`,
        {},
        { headers: admin },
      );
      expect(published.status).toBe(200);
      const second = await t.post(
        `/v1/admin/signatures/${strangerId}/publish`,
        {},
        { headers: admin },
      );
      expect(second.status).toBe(409);
      expect(await second.json()).toMatchObject({ error: { code: 'signature.competing' } });
      expect((await confirmed(strangerId)).item.competing).toEqual([
        { id: townHallAnswer.id, status: 'published' },
      ]);

      // Once one is confirmed or published, a new submission is the one told "already signed".
      const late = await t.sign(lille('late@example.com'));
      expect(await shapeOf(late)).toEqual(stranger);
      const lateMails = await mailsTo('late@example.com');
      expect(lateMails).toHaveLength(1);
      expect(hasConfirmLink(lateMails[0]!.text)).toBe(false);
      expect(lateMails[0]!.subject).toMatch(/déjà été signé/);
    });

    it('holds for a moderator a kind published at once when another signature of the entity was confirmed first', async () => {
      const org = (email: string) =>
        t.example('organization', (b: EditableBody) => {
          b.signatory.organization.name = 'Coop Témoin';
          b.signatory.organization.siren = '732829320';
          b.signatory.representative.email = email;
        });
      await t.sign(org('first@coop.example.org'));
      await t.sign(org('second@elsewhere.example.org'));
      const [first] = await mailsTo('first@coop.example.org');
      const [second] = await mailsTo('second@elsewhere.example.org');
      const a = await t.post('/v1/confirmations', { token: tokenIn(first, 'confirm') });
      expect(await a.json()).toMatchObject({ status: 'published' });
      const b = await t.post('/v1/confirmations', { token: tokenIn(second, 'confirm') });
      const held = (await b.json()) as { id: string; status: string; mailed: boolean };
      expect(held).toMatchObject({ status: 'confirmed', mailed: true });
      const [published] = (await confirmed(held.id)).item.competing;
      expect(published).toMatchObject({ status: 'published' });
      // The moderator may take the first down and publish the one held instead.
      const publish = () =>
        t.post(`/v1/admin/signatures/${held.id}/publish`, {}, { headers: admin });
      expect((await publish()).status).toBe(409);
      const rejected = await t.post(
        `/v1/admin/signatures/${published!.id}/reject`,
        { reason: 'Pas de lien avec la coopérative.' },
        { headers: admin },
      );
      expect(rejected.status).toBe(200);
      expect((await publish()).status).toBe(200);
      expect((await confirmed(held.id)).item.competing).toEqual([]);
    });

    it('answers where the first signature stands when the same address confirms a second link', async () => {
      const body = t.example('individual', (b: EditableBody) => {
        b.signatory.individual.email = 'twice@example.org';
      });
      await t.sign(body);
      await t.sign(body);
      const links = (await mailsTo('twice@example.org')).filter((m) => hasConfirmLink(m.text));
      expect(links).toHaveLength(2);
      const first = await t.post('/v1/confirmations', { token: tokenIn(links[0], 'confirm') });
      expect(await first.json()).toMatchObject({ status: 'published' });
      const again = await t.post('/v1/confirmations', { token: tokenIn(links[1], 'confirm') });
      expect(again.status).toBe(409);
      expect(await again.json()).toMatchObject({ error: { code: 'signature.published' } });
    });
  });
}

// The same for a stranger who confirmed with their own mailbox before the real signer came: for a
// kind a moderator publishes, only a published signature makes a later one a duplicate.
for (const database of testDatabases()) {
  describe(`no squatting by a confirmed stranger on ${database.name}`, () => {
    const t = registryOn(freshDatabase(database));
    const lille = (email: string) =>
      t.example('collectivity', (b: EditableBody) => {
        b.signatory.representative.email = email;
      });

    it('still gives the real signer a link, and the moderator both signatures side by side', async () => {
      await t.sign(lille('squatter@example.net'));
      await t.registry.idle();
      const byStranger = await t.post('/v1/confirmations', {
        token: tokenIn(t.outbox.to('squatter@example.net')[0], 'confirm'),
      });
      const stranger = (await byStranger.json()) as { id: string; status: string };
      expect(stranger.status).toBe('confirmed');

      expect((await t.sign(lille('mairie@lille.example.fr'))).status).toBe(202);
      await t.registry.idle();
      const [townHallMail] = t.outbox.to('mairie@lille.example.fr');
      expect(townHallMail!.text).toContain('/confirm?token=');
      const byTownHall = await t.post('/v1/confirmations', {
        token: tokenIn(townHallMail, 'confirm'),
      });
      const townHall = (await byTownHall.json()) as { id: string; status: string };
      expect(townHall.status).toBe('confirmed');
      const item = (await (
        await t.request(`/v1/admin/signatures/${townHall.id}`, { headers: admin })
      ).json()) as { item: ModerationItem };
      expect(item.item.competing).toEqual([{ id: stranger.id, status: 'confirmed' }]);
    });
  });
}
