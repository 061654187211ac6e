import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { testDatabases } from '../test/databases.js';
import { ADMIN_TOKEN, type EditableBody, registryOn, tokenIn } from '../test/test-registry.js';

const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

// The signer's acknowledgements (confirmed, published, rejected, withdrawn) are queued in the
// outbox in the transaction of the change that causes them: when the mail cannot be queued, the
// change does not happen either, so that no signature changes state without its mail.
for (const database of testDatabases()) {
  describe(`a signer's mail commits with its change on ${database.name}`, () => {
    const t = registryOn(database);

    it('leaves a confirmation undone when its mail cannot be queued, and does it once it can', async () => {
      const email = 'atomic@example.org';
      const body = t.example('individual', (b: EditableBody) => {
        b.signatory.individual.email = email;
      });
      expect((await t.sign(body)).status).toBe(202);
      await t.registry.idle();
      const token = tokenIn(t.outbox.to(email).at(-1), 'confirm');

      // The outbox's table out of reach for the time of one confirmation: a real failure of the
      // database, where the mail would be written.
      const { db } = t.registry.context.store.handle;
      await sql`alter table mail_outbox rename to mail_outbox_away`.execute(db);
      try {
        expect((await t.post('/v1/confirmations', { token })).status).toBe(500);
      } finally {
        await sql`alter table mail_outbox_away rename to mail_outbox`.execute(db);
        // A fault this test makes, not an answer of the API description.
        t.answers.splice(
          t.answers.findIndex((a) => a.status === 500),
          1,
        );
      }
      const pending = await t.request('/v1/admin/signatures?status=pending_confirmation', {
        headers: admin,
      });
      expect(((await pending.json()) as { items: unknown[] }).items).toHaveLength(1);

      const confirmed = await t.post('/v1/confirmations', { token });
      expect(await confirmed.json()).toMatchObject({ status: 'published', mailed: true });
      await t.registry.idle();
      expect(t.outbox.to(email).at(-1)!.text).toContain('/withdraw?token=');
    });
  });
}
