import { createHash } from 'node:crypto';
import {
  DATA_PACKAGE_PATH,
  type Manifesto,
  OPEN_DATA_CSV_PATH,
  OPEN_DATA_JSON_PATH,
} from '@plateformcoop/model';
import type { Context } from 'hono';
import { z } from 'zod';
import { campaignNameOf } from '../../config/manifesto-campaign.js';
import { DomainError } from '../../domain-error.js';
import { dataPackage } from '../../exports/data-package.js';
import {
  PublicDataRecordSchema,
  publicDataCsv,
  publicDataRecords,
} from '../../exports/public-data.js';
import type { RegistryContext } from '../../registry-context.js';
import type { AppEnv } from '../app-env.js';
import { ifNoneMatchNames } from '../etag.js';
import { idParameter } from '../query-parameters.js';
import { type Answer, defineRoute, textAnswer } from '../route.js';

function manifestoOf(ctx: RegistryContext, id: string): Manifesto {
  const manifesto = ctx.manifestos.get(id);
  if (!manifesto) throw new DomainError('manifesto.unknown');
  return manifesto;
}

async function recordsOf(ctx: RegistryContext, manifesto: Manifesto) {
  const rows = await ctx.store.signatures.publishedRows(manifesto.id);
  return publicDataRecords(rows, manifesto, ctx.config.publicUrl);
}

/**
 * The answer with a strong ETag of its bytes, or a 304 when `If-None-Match` names it: a
 * harvester (data.gouv.fr's, say) downloads the file again only when a signature was published
 * or withdrawn.
 */
function withEtag(c: Context<AppEnv>, body: string, contentType: string, headers = {}) {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  c.header('ETag', etag);
  if (ifNoneMatchNames(c.req.header('if-none-match'), etag)) return c.body(null, 304);
  return c.body(body, 200, { 'Content-Type': contentType, ...headers });
}

const ETAG_HEADERS: Answer['headers'] = {
  ETag: { description: 'Changes with the content', schema: { type: 'string' } },
};
const NOT_MODIFIED: Answer = { description: 'Not modified since the `If-None-Match` ETag' };
const PUBLIC_ONLY =
  'Published signatures only, through the public projection: no e-mail, no phone, no signer’s name, a person’s name only with consent. Oldest publication first; described by `datapackage.json`.';

/** The manifesto's published signatories as open data, and their Data Package descriptor. */
export const openDataRoutes = [
  defineRoute({
    method: 'get',
    path: OPEN_DATA_CSV_PATH,
    exposure: 'embeddable',
    cache: 'public, max-age=60',
    operationId: 'getOpenDataCsv',
    summary: 'The published signatories as open data (CSV)',
    description: `${PUBLIC_ONLY} UTF-8 with a BOM, formula-safe cells (as the moderators’ export).`,
    tags: ['open data'],
    params: idParameter,
    answers: {
      200: { ...textAnswer('A CSV file', 'text/csv'), headers: ETAG_HEADERS },
      304: NOT_MODIFIED,
    },
    errors: ['manifesto.unknown'],
    handle:
      (ctx) =>
      async (c, { params }) => {
        const manifesto = manifestoOf(ctx, params.id);
        return withEtag(
          c,
          publicDataCsv(await recordsOf(ctx, manifesto)),
          'text/csv; charset=utf-8; header=present',
          { 'Content-Disposition': `inline; filename="${manifesto.id}-signataires.csv"` },
        );
      },
  }),
  defineRoute({
    method: 'get',
    path: OPEN_DATA_JSON_PATH,
    exposure: 'embeddable',
    cache: 'public, max-age=60',
    operationId: 'getOpenDataJson',
    summary: 'The published signatories as open data (JSON)',
    description: `${PUBLIC_ONLY} An array of records with every field of the Table Schema, \`null\` when empty.`,
    tags: ['open data'],
    params: idParameter,
    answers: {
      200: {
        description: 'The records',
        content: { 'application/json': { schema: z.array(PublicDataRecordSchema) } },
        headers: ETAG_HEADERS,
      },
      304: NOT_MODIFIED,
    },
    errors: ['manifesto.unknown'],
    handle:
      (ctx) =>
      async (c, { params }) => {
        const manifesto = manifestoOf(ctx, params.id);
        return withEtag(
          c,
          JSON.stringify(await recordsOf(ctx, manifesto)),
          'application/json; charset=UTF-8',
        );
      },
  }),
  defineRoute({
    method: 'get',
    path: DATA_PACKAGE_PATH,
    exposure: 'embeddable',
    cache: 'public, max-age=300',
    operationId: 'getDataPackage',
    summary: 'The open data’s Frictionless Data Package descriptor',
    description:
      'A tabular Data Package: the CSV and JSON resources, their Table Schema (field names, types, constraints, descriptions in French), and the licence (`OPEN_DATA_LICENSE`, Licence Ouverte 2.0 by default).',
    tags: ['open data'],
    params: idParameter,
    answers: {
      200: {
        description: 'A Data Package descriptor',
        content: { 'application/json': { schema: { type: 'object' } } },
      },
    },
    errors: ['manifesto.unknown'],
    handle:
      (ctx) =>
      (c, { params }) => {
        const manifesto = manifestoOf(ctx, params.id);
        return c.json(
          dataPackage({
            manifesto,
            publicUrl: ctx.config.publicUrl,
            campaign: campaignNameOf(ctx.config, manifesto),
            license: ctx.config.openDataLicense,
          }),
        );
      },
  }),
];
