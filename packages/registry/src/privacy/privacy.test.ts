import { describe, expect, it } from 'vitest';
import { testDatabases } from '../test/databases.js';
import { ADMIN_TOKEN, MANIFESTO, registryOn, tokenIn } from '../test/test-registry.js';

const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
const HOUR = 3_600_000;

for (const database of testDatabases()) {
  describe(`privacy on ${database.name}`, () => {
    const t = registryOn(database);

    const signAs = async (email: string, kind: 'individual' | 'organization' = 'individual') => {
      const body = t.example(kind, (b) => {
        if (kind === 'individual') {
          b.signatory.individual.email = email;
          b.consents.publicDisplay = true;
        } else {
          b.signatory.organization.name = `Organisation ${email.split('@')[0]}`;
          b.signatory.representative.email = email;
        }
      });
      const response = await t.sign(body);
      expect(response.status).toBe(202);
      await t.registry.idle();
      return {
        id: ((await response.json()) as { id: string }).id,
        token: tokenIn(t.outbox.to(email).at(-1), 'confirm'),
      };
    };
    const rowOf = (id: string) => t.registry.context.store.signatures.findById(id);

    it('refuses a confirmation link after 72 hours', async () => {
      const { token } = await signAs('late@example.org');
      t.clock.now = new Date(t.clock.now.getTime() + 72 * HOUR + 1000);
      const response = await t.post('/v1/confirmations', { token });
      expect(response.status).toBe(410);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
        'token.expired',
      );
    });

    it('erases a never-confirmed signature after 7 days, keeps confirmed ones', async () => {
      const start = t.clock.now;
      const pending = await signAs('forgetful@example.org');
      const kept = await signAs('diligent@example.org');
      await t.post('/v1/confirmations', { token: kept.token });
      t.clock.now = new Date(start.getTime() + 6 * 24 * HOUR);
      await t.registry.retention();
      expect((await rowOf(pending.id))?.status).toBe('pending_confirmation');
      t.clock.now = new Date(start.getTime() + 7 * 24 * HOUR + 1000);
      const report = await t.registry.retention();
      expect(report.expired).toBeGreaterThanOrEqual(1);
      const erased = await rowOf(pending.id);
      expect(erased).toMatchObject({
        status: 'expired',
        submission: null,
        signature_key: null,
        search_text: null,
      });
      expect(JSON.stringify(erased)).not.toContain('forgetful');
      expect((await rowOf(kept.id))?.status).toBe('published');
      expect((await t.registry.retention()).expired).toBe(0);
    });

    it('anonymizes a closed campaign: people vanish, institutional facts stay public', async () => {
      const person = await signAs('citizen@example.org');
      await t.post('/v1/confirmations', { token: person.token });
      const body = await signAs('board@example.org', 'organization');
      await t.post('/v1/confirmations', { token: body.token });
      const count = await t.registry.anonymize(MANIFESTO);
      expect(count).toBeGreaterThanOrEqual(2);
      const list = await (
        await t.request(`/v1/manifestos/${MANIFESTO}/signatories?limit=100`)
      ).text();
      expect(list).toContain('Organisation board');
      expect(list).not.toMatch(/citizen|Sacha|Dominique|Camille/);
      const listed = JSON.parse(list) as { items: { id: string; name?: string; kind: string }[] };
      expect(listed.items.find((i) => i.id === person.id)).toMatchObject({ kind: 'individual' });
      expect(listed.items.find((i) => i.id === person.id)?.name).toBeUndefined();
      const exported = await (await t.request('/v1/admin/export.json', { headers: admin })).text();
      expect(exported).not.toMatch(/@/);
      const counter = (await (await t.request(`/v1/manifestos/${MANIFESTO}/counter`)).json()) as {
        total: number;
      };
      expect(counter.total).toBeGreaterThanOrEqual(2);
    });
  });
}
