import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { honoPath, pathParameters } from './route.js';

// A template's parameter followed by an extension (`/certificates/{id}.pdf`) is routed by Hono
// apart from the same path without it, and reaches the handler without its extension.

describe('paths with an extension after a parameter', () => {
  it('are Hono patterns that keep the extension, taken off again before the handler', async () => {
    expect(honoPath('/certificates/{id}.pdf')).toBe('/certificates/:id{[^/]+\\.pdf}');
    expect(honoPath('/v1/manifestos/{id}/signatories.csv')).toBe(
      '/v1/manifestos/:id/signatories.csv',
    );
    const app = new Hono();
    for (const template of [
      '/certificates/{id}.pdf',
      '/certificates/{id}.jws',
      '/certificates/{id}',
    ])
      app.get(honoPath(template), (c) =>
        c.json({ template, params: pathParameters(template, c.req.param()) }),
      );
    const answer = async (path: string) => (await app.request(path)).json();
    expect(await answer('/certificates/sig_1.pdf')).toEqual({
      template: '/certificates/{id}.pdf',
      params: { id: 'sig_1' },
    });
    expect(await answer('/certificates/sig_1.jws')).toEqual({
      template: '/certificates/{id}.jws',
      params: { id: 'sig_1' },
    });
    expect(await answer('/certificates/sig_1')).toEqual({
      template: '/certificates/{id}',
      params: { id: 'sig_1' },
    });
  });
});
