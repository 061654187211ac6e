import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { messageFor } from '@plateformcoop/signature';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { ADMIN_TOKEN, registryOn, tokenIn } from '../../test/test-registry.js';

// Certificates through HTTP against a real registry: the page and the PDF of a published
// collectivity name it (the PDF read by poppler's `pdftotext`), the PDF's QR code decodes to the
// page's address (rendered by `pdftoppm`, read by zbar's `zbarimg`), the signed facts verify
// against the JWKS (jose), and a withdrawal shows on the page.

const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
const REPRESENTATIVE = 'camille.exemple@example.org';

/** The text poppler reads from a PDF (as a person copying it would get it). */
function pdfText(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'pc-certificate-'));
  writeFileSync(join(dir, 'c.pdf'), pdf);
  return execFileSync('pdftotext', ['-layout', join(dir, 'c.pdf'), '-'], { encoding: 'utf8' });
}

/** What a QR decoder reads in the PDF's first page, rendered at 150 dpi. */
function qrCodesIn(pdf: Uint8Array): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'pc-certificate-'));
  writeFileSync(join(dir, 'c.pdf'), pdf);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '150',
    '-f',
    '1',
    '-l',
    '1',
    join(dir, 'c.pdf'),
    join(dir, 'page'),
  ]);
  const png = readdirSync(dir).find((name) => name.endsWith('.png'))!;
  const out = execFileSync('zbarimg', ['--quiet', '--raw', join(dir, png)], { encoding: 'utf8' });
  return out.split('\n').filter(Boolean);
}

for (const database of testDatabases()) {
  describe(`certificates on ${database.name}`, () => {
    const t = registryOn(database);
    // Lille, published by the first test; the tests after it read its certificate, the last withdraws it.
    let id = '';

    /** Lille signs, confirms by its mail's link, and is published by a moderator. */
    async function publishLille(): Promise<string> {
      // Each test runs alone too (`-t`): Lille is then published by the one that needs it.
      if (id) return id;
      expect((await t.sign(t.example('collectivity'))).status).toBe(202);
      await t.registry.idle();
      const token = tokenIn(t.outbox.to(REPRESENTATIVE).at(-1), 'confirm');
      const { id: confirmed } = (await (await t.post('/v1/confirmations', { token })).json()) as {
        id: string;
      };
      const published = await t.post(
        `/v1/admin/signatures/${confirmed}/publish`,
        {},
        {
          headers: admin,
        },
      );
      expect(published.status).toBe(200);
      await t.registry.idle();
      return confirmed;
    }

    it('gives a published collectivity a page and a PDF that name it, whose QR code leads to the page', async () => {
      id = await publishLille();
      const listed = (await (
        await t.request('/v1/manifestos/plateformcoop-2023/signatories?q=lille')
      ).json()) as { items: { id: string }[] };
      expect(listed.items.map((item) => item.id)).toContain(id);
      // The publication mail leads to the certificate.
      const mail = t.outbox.to(REPRESENTATIVE).at(-1)!;
      expect(mail.text).toContain(`http://registry.test/certificates/${id}`);
      expect(mail.html).toContain(`href="http://registry.test/certificates/${id}"`);

      const page = await t.request(`/certificates/${id}`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await page.text();
      expect(html).toContain(`<h1>${messageFor('page.certificate.title', 'fr')}</h1>`);
      for (const fact of ['Lille', '59350', '215903501', 'Commune', 'sha256:', '2023-11'])
        expect(html).toContain(fact);
      expect(html).toContain(messageFor('page.certificate.state.published', 'fr'));
      expect(html).toContain(`href="${id}.pdf"`);
      expect(html).toContain('@page{size:A4');
      expect(html).not.toContain(REPRESENTATIVE);

      const englishPage = await (
        await t.request(`/certificates/${id}`, { headers: { 'accept-language': 'en' } })
      ).text();
      expect(englishPage).toContain(`<h1>${messageFor('page.certificate.title', 'en')}</h1>`);

      const pdfAnswer = await t.request(`/certificates/${id}.pdf`);
      expect(pdfAnswer.status).toBe(200);
      expect(pdfAnswer.headers.get('content-type')).toBe('application/pdf');
      const pdf = new Uint8Array(await pdfAnswer.arrayBuffer());
      const text = pdfText(pdf);
      for (const fact of [
        'Certificat de signature',
        'Lille',
        '59350',
        '215903501',
        'Engagements adoptés',
      ])
        expect(text).toContain(fact);
      expect(qrCodesIn(pdf)).toEqual([`http://registry.test/certificates/${id}`]);
      // In the reader's language too, accents and typographic apostrophes intact.
      const english = await t.request(`/certificates/${id}.pdf`, {
        headers: { 'accept-language': 'en-GB,en;q=0.9' },
      });
      const englishText = pdfText(new Uint8Array(await english.arrayBuffer()));
      expect(englishText).toContain('Signature certificate');
      expect(englishText).toContain('Commitments adopted');
      expect(text).toContain('Adjointe à l’économie sociale et solidaire');
    }, 60_000);

    it('signs the certificate’s facts with the registry’s key, verifiable against the JWKS', async () => {
      id = await publishLille();
      const answer = await t.request(`/certificates/${id}.jws`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe('application/jose');
      const jws = await answer.text();
      const jwks = await (await t.request('/.well-known/jwks.json')).json();
      const { payload } = await jwtVerify(jws, createLocalJWKSet(jwks), {
        issuer: 'http://registry.test',
        typ: 'plateformcoop-certificate+jwt',
      });
      expect(decodeProtectedHeader(jws).alg).toBe('EdDSA');
      expect(payload).toMatchObject({
        sub: id,
        url: `http://registry.test/certificates/${id}`,
        signatory: { kind: 'collectivity', name: 'Lille', inseeCode: '59350', siren: '215903501' },
        manifesto: { id: 'plateformcoop-2023', version: '2023-11' },
        commitments: ['sensibiliser-elus-et-agents', 'adapter-les-achats-publics'],
        channel: 'online',
        state: { status: 'published' },
      });
      // A signature altered by one character no longer verifies.
      const at = jws.length - 10;
      const altered = `${jws.slice(0, at)}${jws[at] === 'A' ? 'B' : 'A'}${jws.slice(at + 1)}`;
      await expect(jwtVerify(altered, createLocalJWKSet(jwks))).rejects.toThrow();
    });

    it('says on the page that the signature was withdrawn, and on what day', async () => {
      id = await publishLille();
      const token = tokenIn(t.outbox.to(REPRESENTATIVE).at(-1), 'withdraw');
      t.clock.now = new Date('2027-02-03T10:00:00Z');
      try {
        expect((await t.post('/v1/withdrawals', { token })).status).toBe(200);
        const html = await (await t.request(`/certificates/${id}`)).text();
        expect(html).toContain(
          messageFor('page.certificate.state.withdrawn', 'fr', { date: '3 février 2027' }),
        );
        expect(html).not.toContain(messageFor('page.certificate.state.published', 'fr'));
        const jws = await (await t.request(`/certificates/${id}.jws`)).text();
        const jwks = await (await t.request('/.well-known/jwks.json')).json();
        const { payload } = await jwtVerify(jws, createLocalJWKSet(jwks));
        expect(payload.state).toEqual({ status: 'withdrawn', withdrawnAt: '2027-02-03T10:00:00Z' });
      } finally {
        t.clock.now = new Date();
      }
    });

    it('links a citizen’s confirmation mail to the certificate once published, not before', async () => {
      const email = 'certificat.citoyen@example.org';
      expect(
        (
          await t.sign(
            t.example('individual', (b) => {
              b.signatory.individual.email = email;
            }),
          )
        ).status,
      ).toBe(202);
      await t.registry.idle();
      const confirmation = t.outbox.to(email).at(-1)!;
      expect(confirmation.text).not.toContain('/certificates/');
      const token = tokenIn(confirmation, 'confirm');
      const { id: citizen } = (await (await t.post('/v1/confirmations', { token })).json()) as {
        id: string;
      };
      await t.registry.idle();
      const confirmed = t.outbox.to(email).at(-1)!;
      expect(confirmed.text).toContain(messageFor('mail.certificate.action', 'fr'));
      expect(confirmed.text).toContain(`http://registry.test/certificates/${citizen}`);
      expect((await t.request(`/certificates/${citizen}`)).status).toBe(200);
    });

    it('has no certificate for a signature never published, nor for an unknown id', async () => {
      expect((await t.sign(t.example('organization'))).status).toBe(202);
      await t.registry.idle();
      const pending = (await (
        await t.request('/v1/admin/signatures?status=pending_confirmation', { headers: admin })
      ).json()) as { items: { id: string }[] };
      const other = pending.items[0]!.id;
      for (const path of [
        `/certificates/${other}`,
        `/certificates/${other}.pdf`,
        `/certificates/${other}.jws`,
      ])
        expect((await t.request(path)).status).toBe(404);
      expect((await t.request('/certificates/nope')).status).toBe(404);
    });
  });
}
