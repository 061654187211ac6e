import { messageFor } from '@plateformcoop/signature';
import { describe, expect, it } from 'vitest';
import { testDatabases } from '../test/databases.js';
import { ADMIN_TOKEN, type EditableBody, registryOn, tokenIn } from '../test/test-registry.js';

// The pages and answers of the mails' links, through HTTP against a real registry: each finding
// of the review (issue 16, item 5) and of the signer's journey (issue 20) has its test here.

const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
const HOUR = 3_600_000;

/** A citizen of their own address, who signed from a town's page (with a query to drop). */
const citizen = (email: string) => (body: EditableBody) => {
  body.signatory.individual.email = email;
  body.signatory.individual.familyName = email.split('@')[0]!.replace(/[^a-z]/g, '');
  body.signedFrom = 'https://www.ville.example/manifeste?utm_source=lettre#signer';
};

for (const database of testDatabases()) {
  describe(`mail links on ${database.name}`, () => {
    const t = registryOn(database, { mailsPerAddressPerDay: 10 });

    /** Signs as a citizen; returns the 202's answer and the confirmation link's token. */
    async function signAs(email: string) {
      const response = await t.sign(t.example('individual', citizen(email)));
      expect(response.status).toBe(202);
      const receipt = (await response.json()) as {
        id: string;
        moderated: boolean;
        resendToken: string;
      };
      await t.registry.idle();
      return { receipt, confirm: tokenIn(t.outbox.to(email).at(-1), 'confirm') };
    }

    const page = async (action: 'confirm' | 'withdraw', token: string) => {
      const response = await t.request(`/${action}?token=${encodeURIComponent(token)}`);
      return { status: response.status, html: await response.text() };
    };

    it('confirms with the button, then answers 409 « already confirmed » to the same link, with a page that says so', async () => {
      const email = 'deja.confirme@example.org';
      const { receipt, confirm } = await signAs(email);
      expect(receipt.moderated).toBe(false);
      const first = await t.post('/v1/confirmations', { token: confirm });
      expect(await first.json()).toEqual({ id: receipt.id, status: 'published', mailed: true });
      const again = await t.post(
        '/v1/confirmations',
        { token: confirm },
        { headers: { 'accept-language': 'en' } },
      );
      expect(again.status).toBe(409);
      expect(await again.json()).toEqual({
        error: { code: 'signature.published', message: messageFor('signature.published', 'en') },
      });
      // The used link's page states it, without a button, and leads back to where they signed.
      const used = await page('confirm', confirm);
      expect(used.status).toBe(409);
      expect(used.html).toContain(messageFor('signature.published', 'fr'));
      expect(used.html).not.toContain('<button');
      expect(used.html).toContain('<a href="https://www.ville.example/manifeste">');
      expect(used.html).toContain('<p class="campaign"><span>PlateformCoop</span></p>');
    });

    it('answers a withdrawn signature’s old confirmation link with 409 « withdrawn », claiming no mail (16.5)', async () => {
      const email = 'retire.puis.confirme@example.org';
      const { receipt, confirm } = await signAs(email);
      // Withdrawn before it was ever confirmed: the confirmation mail's link stays in the inbox.
      await t.post('/v1/confirmations', { token: confirm });
      await t.registry.idle();
      const withdraw = tokenIn(t.outbox.to(email).at(-1), 'withdraw');
      const sent = t.outbox.sent.length;
      const withdrawn = await t.post('/v1/withdrawals', { token: withdraw });
      expect(await withdrawn.json()).toEqual({ id: receipt.id, status: 'withdrawn', mailed: true });
      await t.registry.idle();
      // The withdrawal is acknowledged by mail, the last one.
      const acknowledgement = t.outbox.sent.slice(sent);
      expect(acknowledgement.map((m) => m.subject)).toEqual([
        messageFor('mail.withdrawn.subject', 'fr', { campaign: 'PlateformCoop' }),
      ]);
      expect(acknowledgement[0]!.text).toContain('https://www.ville.example/manifeste');

      const old = await t.post('/v1/confirmations', { token: confirm });
      expect(old.status).toBe(409);
      expect(((await old.json()) as { error: { code: string } }).error.code).toBe(
        'signature.withdrawn',
      );
      const oldPage = await page('confirm', confirm);
      expect(oldPage.status).toBe(409);
      expect(oldPage.html).toContain(messageFor('signature.withdrawn', 'fr'));
      expect(oldPage.html).not.toMatch(/e-mail vous a été envoyé|<button/);
      // The signer's details are erased: no way back to their page either.
      expect(oldPage.html).not.toContain('ville.example');
      // Withdrawing twice says it is done already.
      const twice = await t.post('/v1/withdrawals', { token: withdraw });
      expect(twice.status).toBe(409);
      expect(((await twice.json()) as { error: { code: string } }).error.code).toBe(
        'signature.withdrawn',
      );
      expect(t.outbox.sent.length).toBe(sent + 1);
    });

    it('answers a rejected signature’s links with 409 « rejected »', async () => {
      const email = 'mairie.rejet@example.org';
      const response = await t.sign(
        t.example('collectivity', (body) => {
          body.signatory.representative.email = email;
        }),
      );
      const receipt = (await response.json()) as { id: string; moderated: boolean };
      expect(receipt.moderated).toBe(true);
      await t.registry.idle();
      await t.post('/v1/confirmations', { token: tokenIn(t.outbox.to(email).at(-1), 'confirm') });
      await t.registry.idle();
      const withdraw = tokenIn(t.outbox.to(email).at(-1), 'withdraw');
      const rejected = await t.post(
        `/v1/admin/signatures/${receipt.id}/reject`,
        { reason: 'Adresse sans lien avec la mairie' },
        { headers: admin },
      );
      expect(rejected.status).toBe(200);
      const late = await t.post('/v1/withdrawals', { token: withdraw });
      expect(late.status).toBe(409);
      expect(((await late.json()) as { error: { code: string } }).error.code).toBe(
        'signature.rejected',
      );
      const latePage = await page('withdraw', withdraw);
      expect(latePage.status).toBe(409);
      expect(latePage.html).toContain(messageFor('signature.rejected', 'fr'));
    });

    it('explains an expired link and sends a new one from its page, then a cut link', async () => {
      const email = 'lien.expire@example.org';
      const { confirm } = await signAs(email);
      const before = t.outbox.to(email).length;
      t.clock.now = new Date(Date.now() + 73 * HOUR); // past the link's 72 hours
      try {
        const expired = await page('confirm', confirm);
        expect(expired.status).toBe(410);
        expect(expired.html).toContain(messageFor('page.link.expired', 'fr'));
        expect(expired.html).toContain(messageFor('page.resend.button', 'fr'));
        expect(expired.html).toContain('<a href="https://www.ville.example/manifeste">');
        // The page's button posts a resend token: a new confirmation mail, with a new link.
        const resendToken = /data-token="([^"]+)"/.exec(expired.html)![1]!;
        const resent = await t.post('/v1/resends', { token: resendToken });
        expect(resent.status).toBe(202);
        expect(await resent.json()).toEqual({ status: 'accepted' });
        await t.registry.idle();
        expect(t.outbox.to(email).length).toBe(before + 1);
        const fresh = tokenIn(t.outbox.to(email).at(-1), 'confirm');
        expect(fresh).not.toBe(confirm);
        expect((await page('confirm', fresh)).status).toBe(200);
      } finally {
        t.clock.now = new Date();
      }
      const cut = await page('confirm', confirm.slice(0, 40));
      expect(cut.status).toBe(400);
      expect(cut.html).toContain(messageFor('page.link.invalid', 'fr'));
      expect(cut.html).not.toContain('<button');
    });
  });

  describe(`a mail the daily cap held back on ${database.name}`, () => {
    const t = registryOn(database, { mailsPerAddressPerDay: 1 });

    it('is never claimed: a resend past the cap sends nothing, the confirmed mail (uncounted) goes and says so', async () => {
      const email = 'plafond@example.org';
      const signed = await t.sign(t.example('individual', citizen(email)));
      const { resendToken } = (await signed.json()) as { resendToken: string };
      await t.registry.idle();
      expect((await t.post('/v1/resends', { token: resendToken })).status).toBe(202);
      await t.registry.idle();
      expect(t.outbox.to(email)).toHaveLength(1);
      const confirmed = await t.post('/v1/confirmations', {
        token: tokenIn(t.outbox.to(email).at(-1), 'confirm'),
      });
      expect(await confirmed.json()).toMatchObject({ status: 'published', mailed: true });
      await t.registry.idle();
      expect(t.outbox.to(email)).toHaveLength(2);
    });
  });

  describe(`sending the mail again on ${database.name}`, () => {
    const t = registryOn(database, { mailsPerAddressPerDay: 3 });

    it('sends the confirmation again while it waits, and answers the same in every other case', async () => {
      const email = 'renvoi@example.org';
      const signed = await t.sign(t.example('individual', citizen(email)));
      const { resendToken } = (await signed.json()) as { resendToken: string };
      await t.registry.idle();
      expect(t.outbox.to(email)).toHaveLength(1);
      const resent = await t.post('/v1/resends', { token: resendToken });
      expect(resent.status).toBe(202);
      const accepted = await resent.json();
      await t.registry.idle();
      const mails = t.outbox.to(email);
      expect(mails).toHaveLength(2);
      expect(mails[1]!.subject).toBe(mails[0]!.subject);
      expect(
        (await t.request(`/confirm?token=${encodeURIComponent(tokenIn(mails[1], 'confirm'))}`))
          .status,
      ).toBe(200);
      // Confirmed: the same answer, and no mail.
      await t.post('/v1/confirmations', { token: tokenIn(mails[1], 'confirm') });
      await t.registry.idle();
      const after = t.outbox.to(email).length;
      const again = await t.post('/v1/resends', { token: resendToken });
      expect(again.status).toBe(202);
      expect(await again.json()).toEqual(accepted);
      await t.registry.idle();
      expect(t.outbox.to(email).length).toBe(after);
      // The answer to a repeated signature carries a token too, which sends nothing.
      const repeated = await t.sign(t.example('individual', citizen(email)));
      const other = ((await repeated.json()) as { resendToken: string }).resendToken;
      await t.registry.idle();
      const count = t.outbox.to(email).length;
      expect(await (await t.post('/v1/resends', { token: other })).json()).toEqual(accepted);
      await t.registry.idle();
      expect(t.outbox.to(email).length).toBe(count);
      // Tokens of another purpose, altered or missing are refused.
      expect((await t.post('/v1/resends', { token: `${resendToken}x` })).status).toBe(400);
      expect((await t.post('/v1/resends', { token: tokenIn(mails[0], 'confirm') })).status).toBe(
        400,
      );
      expect((await t.post('/v1/resends', { token: resendToken, id: 'x' })).status).toBe(400);
    });

    it('within the daily cap of mails per address', async () => {
      const email = 'renvoi.plafond@example.org';
      const signed = await t.sign(t.example('individual', citizen(email)));
      const { resendToken } = (await signed.json()) as { resendToken: string };
      for (let i = 0; i < 5; i++) {
        expect((await t.post('/v1/resends', { token: resendToken })).status).toBe(202);
        await t.registry.idle();
      }
      expect(t.outbox.to(email)).toHaveLength(3);
    });
  });

  describe(`the list of signatories’ caching on ${database.name}`, () => {
    const t = registryOn(database);

    it('answers with an ETag and a short max-age, 304 while nothing changed, new after a publication', async () => {
      const path = '/v1/manifestos/plateformcoop-2023/signatories?kind=individual';
      const first = await t.request(path);
      expect(first.status).toBe(200);
      expect(first.headers.get('cache-control')).toBe('public, max-age=5');
      const etag = first.headers.get('etag')!;
      expect(etag).toMatch(/^"[\w-]+"$/);
      const same = await t.request(path, { headers: { 'if-none-match': etag } });
      expect(same.status).toBe(304);
      expect(same.headers.get('etag')).toBe(etag);
      // A proxy that compressed the answer marks its copy weak: still the same page.
      expect((await t.request(path, { headers: { 'if-none-match': `W/${etag}` } })).status).toBe(
        304,
      );

      const email = 'liste.fraiche@example.org';
      await t.sign(t.example('individual', citizen(email)));
      await t.registry.idle();
      await t.post('/v1/confirmations', { token: tokenIn(t.outbox.to(email).at(-1), 'confirm') });
      const changed = await t.request(path, { headers: { 'if-none-match': etag } });
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).not.toBe(etag);
    });
  });
}
