import { describe, expect, it } from 'vitest';
import { registryDocument, undocumentedAnswers } from '../../test/answer-coverage.js';

// Every test registry records the answers it gives and, when its test file closes it, fails on
// any status the API description does not list for the route that gave it (see
// test/test-registry.ts). These tests show that the check sees what it must.
describe('the check of observed answers against the API description', () => {
  it('accepts the statuses each route documents', async () => {
    const document = await registryDocument();
    expect(
      undocumentedAnswers(
        [
          { method: 'GET', path: '/v1/manifestos/plateformcoop-2023/counter', status: 200 },
          { method: 'GET', path: '/v1/manifestos/nope/counter', status: 404 },
          { method: 'GET', path: '/v1/manifestos/plateformcoop-2023/counter', status: 304 },
          { method: 'POST', path: '/v1/manifestos/m/signatures', status: 429 },
          { method: 'GET', path: '/v1/admin/export.csv', status: 401 },
          { method: 'GET', path: '/v1/platforms/nope/badge.json', status: 404 },
          { method: 'GET', path: '/v1/manifestos/m/signatories', status: 400 },
          // Not the document's: no route, a preflight, static files.
          { method: 'GET', path: '/nowhere', status: 404 },
          { method: 'OPTIONS', path: '/v1/confirmations', status: 204 },
          { method: 'GET', path: '/widgets/missing.js', status: 404 },
        ],
        document,
      ),
    ).toEqual([]);
  });

  it('names every status a route gave that its operation does not list', async () => {
    const document = await registryDocument();
    expect(
      undocumentedAnswers(
        [
          { method: 'GET', path: '/v1/manifestos', status: 404 },
          { method: 'GET', path: '/v1/admin/export.json', status: 409 },
          { method: 'GET', path: '/v1/admin/export.json', status: 409 },
          { method: 'POST', path: '/v1/confirmations', status: 422 },
        ],
        document,
      ),
    ).toEqual([
      'GET /v1/manifestos answered 404, which the document does not list',
      'GET /v1/admin/export.json answered 409, which the document does not list',
      'POST /v1/confirmations answered 422, which the document does not list',
    ]);
  });

  it('names a documented route that the document lost', async () => {
    const document = await registryDocument();
    const { '/v1/platforms/{slug}': _dropped, ...paths } = document.paths ?? {};
    expect(
      undocumentedAnswers([{ method: 'GET', path: '/v1/platforms/mobicoop', status: 200 }], {
        ...document,
        paths,
      }),
    ).toEqual(['GET /v1/platforms/{slug}: no operation in the document']);
  });
});
