import { describe, expect, it } from 'vitest';
import { testDatabases } from '../test/databases.js';
import { ADMIN_TOKEN, MANIFESTO, registryOn, tokenIn } from '../test/test-registry.js';

const signatures = `/v1/manifestos/${MANIFESTO}/signatures`;

for (const database of testDatabases()) {
  describe(`bad input on ${database.name}`, () => {
    const t = registryOn(database);

    const expectError = async (response: Response, status: number, code: string) => {
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toContain('application/json');
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe(code);
      expect(body.error.message.length).toBeGreaterThan(5);
      return body;
    };

    it('answers 4xx with a stable code, never a 500', async () => {
      await expectError(await t.post(signatures, '{"kind":'), 400, 'request.malformed_json');
      await expectError(
        await t.request(signatures, {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: '{}',
        }),
        415,
        'request.unsupported_media_type',
      );
      await expectError(
        await t.request('/v1/confirmations', {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'token=x',
        }),
        415,
        'request.unsupported_media_type',
      );
      await expectError(
        await t.post(signatures, { padding: 'x'.repeat(33 * 1024) }),
        413,
        'request.too_large',
      );
      const deep = `${'['.repeat(15_000)}${']'.repeat(15_000)}`;
      await expectError(await t.post(signatures, deep), 400, 'request.malformed_json');
      const deepObject = `${'{"a":'.repeat(20)}1${'}'.repeat(20)}`;
      await expectError(await t.post(signatures, deepObject), 400, 'request.malformed_json');
      await expectError(await t.post(signatures, [1, 2]), 422, 'submission.invalid');
      await expectError(await t.post(signatures, null), 422, 'submission.invalid');
      await expectError(
        await t.post('/v1/manifestos/nope/signatures', {}),
        404,
        'manifesto.unknown',
      );
      await expectError(await t.request('/v1/nothing-here'), 404, 'not_found');
      await expectError(
        await t.post('/v1/confirmations', { token: 'forged.token' }),
        400,
        'token.invalid',
      );
      await expectError(await t.post('/v1/confirmations', { token: 42 }), 400, 'token.invalid');
      await expectError(
        await t.post('/v1/confirmations', { token: 'a', extra: 1 }),
        400,
        'field.unknown',
      );
    });

    it('refuses query parameters out of range with 400 field.invalid and an issue each, never a silent clamp', async () => {
      const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
      const lists = [
        `/v1/manifestos/${MANIFESTO}/signatories`,
        '/v1/collectivities',
        '/v1/admin/signatures',
      ];
      for (const list of lists)
        for (const limit of ['0', '-1', 'abc', '1000000', '1.5']) {
          const response = await t.request(`${list}?limit=${limit}`, { headers: admin });
          const body = (await expectError(response, 400, 'field.invalid')) as unknown as {
            error: { issues: { path: string; code: string; message: string }[] };
          };
          expect(body.error.issues, `${list}?limit=${limit}`).toEqual([
            { path: 'limit', code: 'field.invalid', message: expect.any(String) },
          ]);
        }
      const kind = (await expectError(
        await t.request(`/v1/manifestos/${MANIFESTO}/signatories?kind=martian&cursor=nonsense`),
        400,
        'field.invalid',
      )) as unknown as { error: { issues: { path: string; code: string }[] } };
      expect(kind.error.issues.map((i) => [i.path, i.code])).toEqual([
        ['kind', 'choice.invalid'],
        ['cursor', 'field.invalid'],
      ]);
      const fr = (await (await t.request('/v1/collectivities?limit=0')).json()) as {
        error: { issues: { message: string }[] };
      };
      const en = (await (
        await t.request('/v1/collectivities?limit=0', { headers: { 'accept-language': 'en' } })
      ).json()) as { error: { issues: { message: string }[] } };
      expect(en.error.issues[0]!.message).not.toBe(fr.error.issues[0]!.message);
      // Within range, and absent or empty (as forms send them), they are read as documented.
      expect((await t.request(`/v1/manifestos/${MANIFESTO}/signatories?limit=100`)).status).toBe(
        200,
      );
      expect((await t.request(`/v1/manifestos/${MANIFESTO}/signatories?kind=&limit=`)).status).toBe(
        200,
      );
      expect((await t.request('/v1/admin/signatures?limit=500', { headers: admin })).status).toBe(
        200,
      );
    });

    it('localises messages by Accept-Language', async () => {
      const fr = await expectError(await t.post(signatures, '{'), 400, 'request.malformed_json');
      const en = await expectError(
        await t.post(signatures, '{', { headers: { 'accept-language': 'en-GB,en;q=0.9' } }),
        400,
        'request.malformed_json',
      );
      expect(en.error.message).not.toBe(fr.error.message);
    });

    it('refuses unknown fields and invalid values with the validator issues (422)', async () => {
      const unknown = await t.sign(
        t.example('individual', (b) => {
          b.signatory.individual.shoeSize = 42;
          b.favouriteColour = 'blue';
          b.consents.newsletter = true;
        }),
      );
      const body = (await expectError(unknown, 422, 'submission.invalid')) as unknown as {
        error: { issues: { path: string; code: string }[] };
      };
      expect(body.error.issues).toContainEqual(
        expect.objectContaining({ path: 'signatory.individual.shoeSize', code: 'field.unknown' }),
      );
      expect(body.error.issues).toContainEqual(
        expect.objectContaining({ path: 'favouriteColour', code: 'field.unknown' }),
      );
      expect(body.error.issues).toContainEqual(
        expect.objectContaining({ path: 'consents.newsletter', code: 'field.unknown' }),
      );
      const badEmail = await t.sign(
        t.example('individual', (b) => {
          b.signatory.individual.email = 'not-an-address';
        }),
      );
      const issues = (
        (await badEmail.json()) as {
          error: { issues: { path: string; code: string; message: string }[] };
        }
      ).error.issues;
      expect(issues[0]).toMatchObject({
        path: 'signatory.individual.email',
        code: 'email.invalid',
      });
    });

    it('refuses a collectivity that is not in the official list', async () => {
      const response = await t.sign(
        t.example('collectivity', (b) => {
          b.signatory.collectivity.inseeCode = '59999';
          b.signatory.collectivity.name = 'Nulle-Part';
          delete b.signatory.collectivity.siren;
        }),
      );
      expect(response.status).toBe(422);
      const { error } = (await response.json()) as {
        error: { issues: { path: string; code: string }[] };
      };
      expect(error.issues).toContainEqual(
        expect.objectContaining({
          path: 'signatory.collectivity.inseeCode',
          code: 'collectivity.not_found',
        }),
      );
    });

    it('refuses a missing or forged proof of work', async () => {
      const body = t.example('individual');
      await expectError(
        await t.post(signatures, { ...body, altcha: undefined }),
        400,
        'challenge.required',
      );
      await expectError(
        await t.post(signatures, {
          ...body,
          altcha: Buffer.from('{"challenge":{}}').toString('base64'),
        }),
        400,
        'challenge.invalid',
      );
    });

    it('accepts a solved challenge once, even when 20 copies arrive together', async () => {
      const altcha = await t.altcha();
      const bodies = Array.from({ length: 20 }, (_, i) =>
        t.example('individual', (b) => {
          b.signatory.individual.email = `copy-${i}@example.org`;
          b.altcha = altcha;
        }),
      );
      const answers = await Promise.all(bodies.map((b) => t.post(signatures, b)));
      expect(answers.filter((r) => r.status === 202)).toHaveLength(1);
      const refused = answers.filter((r) => r.status !== 202);
      expect(refused.every((r) => r.status === 400)).toBe(true);
      expect(
        new Set(
          await Promise.all(
            refused.map(async (r) => ((await r.json()) as { error: { code: string } }).error.code),
          ),
        ),
      ).toEqual(new Set(['challenge.replayed']));
    });

    it('stores injection strings as plain text and returns them as such', async () => {
      const sql = "Robert'); DROP TABLE signatures;--";
      const html = '<img src=x onerror=alert(1)>';
      const response = await t.sign(
        t.example('organization', (b) => {
          b.signatory.organization.name = `${html} ${sql}`;
          b.signatory.representative.email = 'inject@example.org';
        }),
      );
      expect(response.status).toBe(202);
      await t.registry.idle();
      await t.post('/v1/confirmations', {
        token: tokenIn(t.outbox.to('inject@example.org').at(-1), 'confirm'),
      });
      const list = (await (
        await t.request(`/v1/manifestos/${MANIFESTO}/signatories?kind=organization`)
      ).json()) as { items: { name: string }[] };
      expect(list.items.map((i) => i.name)).toContain(`${html} ${sql}`);
      const csv = await (
        await t.request('/v1/admin/export.csv', {
          headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
        })
      ).text();
      expect(csv).toContain('<img src=x onerror=alert(1)>');
      const page = await (
        await t.request(`/confirm?token=${encodeURIComponent('"><script>alert(1)</script>')}`)
      ).text();
      expect(page).not.toContain('<script>alert(1)</script>');
    });

    it('keeps formulas out of the CSV export', async () => {
      const response = await t.sign(
        t.example('organization', (b) => {
          b.signatory.organization.name = '=HYPERLINK("http://evil.example","x")';
          b.signatory.representative.email = 'formula@example.org';
        }),
      );
      if (response.status === 422) {
        // The signature core refuses formula-like names outright: nothing can reach the CSV.
        const { error } = (await response.json()) as { error: { issues: { code: string }[] } };
        expect(error.issues.map((i) => i.code)).toContain('text.formula');
        return;
      }
      expect(response.status).toBe(202);
      const csv = await (
        await t.request('/v1/admin/export.csv', {
          headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
        })
      ).text();
      expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    });
  });
}
