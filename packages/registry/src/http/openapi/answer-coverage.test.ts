import { describe, expect, it } from 'vitest';
import {
  type ObservedAnswer,
  registryDocument,
  undocumentedAnswers,
} from '../../test/answer-coverage.js';

/** Answers written `GET /path 200`. */
const answers = (...lines: string[]): ObservedAnswer[] =>
  lines.map((line) => {
    const [method, path, status] = line.split(' ');
    return { method: method!, path: path!, status: Number(status) };
  });

// Every test registry records the answers it gives and, when its test file closes it, fails on
// any status the API description does not list for the route that gave it (see
// test/test-registry.ts). These tests show that the check sees what it must.
/** What the check finds in the registry's own document. */
const missingFrom = async (observed: ObservedAnswer[]) =>
  undocumentedAnswers(observed, await registryDocument());

describe('the check of observed answers against the API description', () => {
  it('accepts the statuses each route documents', async () => {
    expect(
      await missingFrom(
        answers(
          'GET /v1/manifestos/plateformcoop-2023/counter 200',
          'GET /v1/manifestos/nope/counter 404',
          'GET /v1/manifestos/plateformcoop-2023/counter 304',
          'POST /v1/manifestos/m/signatures 429',
          'GET /v1/admin/export.csv 401',
          'GET /v1/platforms/nope/badge.json 404',
          'GET /v1/manifestos/m/signatories 400',
          // Not the document's: no route, a preflight, static files.
          'GET /nowhere 404',
          'OPTIONS /v1/confirmations 204',
          'GET /widgets/missing.js 404',
        ),
      ),
    ).toEqual([]);
  });

  it('names every status a route gave that its operation does not list', async () => {
    expect(
      await missingFrom(
        answers(
          'GET /v1/manifestos 404',
          'GET /v1/admin/export.json 409',
          'GET /v1/admin/export.json 409',
          'POST /v1/confirmations 422',
        ),
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
      undocumentedAnswers(answers('GET /v1/platforms/mobicoop 200'), {
        ...document,
        paths,
      }),
    ).toEqual(['GET /v1/platforms/{slug}: no operation in the document']);
  });
});
