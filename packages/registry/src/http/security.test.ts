import { describe, expect, it } from 'vitest';
import { dropTestDatabase, freshDatabase, testDatabases } from '../test/databases.js';
import { ADMIN_TOKEN, MANIFESTO, registryOn, startTestRegistry } from '../test/test-registry.js';

for (const database of testDatabases()) {
  describe(`security on ${database.name}`, () => {
    const t = registryOn(database);
    const strict = registryOn(freshDatabase(database), {
      corsOrigins: ['https://site.example'],
      adminToken: undefined,
      publicUrl: 'https://registry.example',
    });

    it('sends security headers, no cookie, and CORP cross-origin only on what other sites embed', async () => {
      const embedded = [
        `/v1/manifestos/${MANIFESTO}/counter`,
        '/v1/platforms/mobicoop/badge.svg',
        '/v1/platforms/mobicoop/badge.json',
        '/.well-known/jwks.json',
        `/v1/manifestos/${MANIFESTO}`,
      ];
      for (const path of embedded) {
        const response = await t.request(path);
        expect(response.status, path).toBe(200);
        expect(response.headers.get('cross-origin-resource-policy'), path).toBe('cross-origin');
      }
      for (const path of [
        '/openapi.json',
        '/healthz',
        '/confirm?token=x',
        '/v1/admin/signatures',
      ]) {
        const response = await t.request(path, {
          headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
        });
        expect(response.headers.get('cross-origin-resource-policy'), path).toBe('same-origin');
      }
      const response = await t.request(`/v1/manifestos/${MANIFESTO}/counter`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(response.headers.get('set-cookie')).toBeNull();
      const page = await t.request('/confirm?token=abc');
      expect(page.headers.get('content-security-policy')).toMatch(/script-src 'nonce-[^']+'/);
      expect(page.headers.get('set-cookie')).toBeNull();
    });

    it('sends HSTS only when the public address is https', async () => {
      const path = `/v1/manifestos/${MANIFESTO}/counter`;
      expect((await t.request(path)).headers.get('strict-transport-security')).toBeNull();
      expect((await strict.request(path)).headers.get('strict-transport-security')).toContain(
        'max-age=',
      );
    });

    it('puts the same headers on errors, wherever they are raised', async () => {
      const from = { headers: { origin: 'https://site.example' } };
      const answers = [
        // raised by the counter, served in front of the middleware
        await strict.request('/v1/manifestos/unknown/counter', from),
        // raised by a route behind the middleware
        await strict.request('/v1/manifestos/unknown', from),
        // raised by the middleware itself
        await strict.request(`/v1/manifestos/${MANIFESTO}/signatures`, {
          method: 'POST',
          headers: { ...from.headers, 'content-type': 'text/plain' },
          body: 'x',
        }),
        // no route at all
        await strict.request('/nowhere', from),
      ];
      for (const answer of answers) {
        expect(answer.status).toBeGreaterThanOrEqual(400);
        expect(answer.headers.get('content-type')).toContain('application/json');
        expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
        expect(answer.headers.get('content-security-policy')).toContain("default-src 'none'");
        expect(answer.headers.get('strict-transport-security')).toContain('max-age=');
        expect(answer.headers.get('vary')).toBe('Origin');
      }
      expect(answers[0]!.headers.get('access-control-allow-origin')).toBe('https://site.example');
      expect(answers[3]!.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    });

    it('lets any origin read by default, and only the configured origins otherwise', async () => {
      const open = await t.request(`/v1/manifestos/${MANIFESTO}/counter`, {
        headers: { origin: 'https://anywhere.example' },
      });
      expect(open.headers.get('access-control-allow-origin')).toBe('*');
      const preflight = await t.request(`/v1/manifestos/${MANIFESTO}/signatures`, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://anywhere.example',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');

      const allowed = await strict.request(`/v1/manifestos/${MANIFESTO}/counter`, {
        headers: { origin: 'https://site.example' },
      });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://site.example');
      expect(allowed.headers.get('vary')).toBe('Origin');
      const other = await strict.request(`/v1/manifestos/${MANIFESTO}/counter`, {
        headers: { origin: 'https://other.example' },
      });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      const admin = await t.request('/v1/admin/signatures', {
        headers: { origin: 'https://anywhere.example', authorization: `Bearer ${ADMIN_TOKEN}` },
      });
      expect(admin.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('guards moderation with the bearer token', async () => {
      const codeOf = async (r: Response) =>
        ((await r.json()) as { error: { code: string } }).error.code;
      const none = await t.request('/v1/admin/signatures');
      expect(none.status).toBe(401);
      expect(await codeOf(none)).toBe('auth.required');
      const wrong = await t.request('/v1/admin/export.csv', {
        headers: { authorization: 'Bearer wrong-token' },
      });
      expect(wrong.status).toBe(403);
      const prefix = await t.request('/v1/admin/export.csv', {
        headers: { authorization: `Bearer ${ADMIN_TOKEN.slice(0, -1)}` },
      });
      expect(prefix.status).toBe(403);
      expect((await t.post('/v1/admin/signatures/x/publish', {})).status).toBe(401);
      const ok = await t.request('/v1/admin/export.csv', {
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      });
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-type')).toContain('text/csv');
      expect(ok.headers.get('cache-control')).toBe('no-store');
      // Without ADMIN_TOKEN, moderation is closed, not open.
      const closed = await strict.request('/v1/admin/signatures', {
        headers: { authorization: 'Bearer anything' },
      });
      expect(closed.status).toBe(503);
    });

    it('serves the OpenAPI document with a valid example per kind, and the docs page', async () => {
      const doc = (await (await t.request('/openapi.json')).json()) as {
        openapi: string;
        paths: Record<
          string,
          {
            post?: {
              requestBody: {
                content: {
                  'application/json': {
                    examples: Record<string, { value: Record<string, unknown> }>;
                  };
                };
              };
            };
          }
        >;
      };
      expect(doc.openapi).toBe('3.1.0');
      const examples =
        doc.paths['/v1/manifestos/{id}/signatures']!.post!.requestBody.content['application/json']
          .examples;
      expect(Object.keys(examples).sort()).toEqual([
        'collectivity',
        'individual',
        'organization',
        'platform',
      ]);
      for (const [kind, { value }] of Object.entries(examples)) {
        const response = await t.sign(value);
        expect(response.status, kind).toBe(202);
      }
      const docs = await t.request('/docs');
      expect(await docs.text()).toContain('/v1/manifestos/{id}/counter');
    });

    it('autocompletes collectivities from the official list', async () => {
      const found = (await (await t.request('/v1/collectivities?q=lill&limit=3')).json()) as {
        name: string;
        type: string;
        population?: number;
      }[];
      expect(found[0]).toMatchObject({ name: 'Lille', type: 'commune' });
      expect(found.length).toBeLessThanOrEqual(3);
      expect(await (await t.request('/v1/collectivities?q=')).json()).toEqual([]);
    });
  });
}

describe('widgets bundle', () => {
  it('serves the bundle at /widgets/ (cross-origin), and nothing outside its folder', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'pc-widgets-'));
    writeFileSync(join(dir, 'badge.js'), 'export {};');
    writeFileSync(join(dir, 'badge-0123456789.js'), 'export {};');
    const [database] = testDatabases();
    const t = await startTestRegistry(database!, { widgetsDir: dir });
    try {
      const script = await t.request('/widgets/badge.js');
      expect(script.status).toBe(200);
      expect(script.headers.get('content-type')).toContain('text/javascript');
      expect(script.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
      expect(script.headers.get('access-control-allow-origin')).toBe('*');
      expect(
        (await t.request('/widgets/badge-0123456789.js')).headers.get('cache-control'),
      ).toContain('immutable');
      expect((await t.request('/widgets/..%2f..%2fetc%2fpasswd')).status).toBe(404);
      expect((await t.request('/widgets/missing.js')).status).toBe(404);
      // Malformed percent-encoding is a 404 like any unknown file, not a server error.
      const malformed = await t.request('/widgets/%E0%A4%A.js');
      expect(malformed.status).toBe(404);
      expect(((await malformed.json()) as { error: { code: string } }).error.code).toBe(
        'not_found',
      );
    } finally {
      await t.close();
      await dropTestDatabase(database!);
    }
  });
});
