import { publicSchemas } from '@plateformcoop/model';
import { toJSONSchema } from 'zod/mini';
import { consoleApiPaths } from '../../admin/console-openapi.js';
import { submissionExamples } from './examples.js';

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json, extra: Json = {}) => ({
  content: { 'application/json': { schema, ...extra } },
});
const errorResponse = (description: string) => ({ description, ...json(ref('Error')) });
const query = (name: string, description: string, schema: Json = { type: 'string' }) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});
const pathParam = (name: string) => ({
  name,
  in: 'path',
  required: true,
  schema: { type: 'string' },
});
const manifestoId = pathParam('id');
const slug = pathParam('slug');
const admin = [{ adminToken: [] }];
const tokenBody = {
  required: true,
  ...json({
    type: 'object',
    required: ['token'],
    additionalProperties: false,
    properties: { token: { type: 'string' } },
  }),
};
const statusAnswer = json({
  type: 'object',
  required: ['id', 'status'],
  properties: { id: { type: 'string' }, status: { type: 'string' } },
});

function componentSchemas(): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [name, schema] of Object.entries(publicSchemas)) {
    const generated = toJSONSchema(schema, {
      target: 'draft-2020-12',
      unrepresentable: 'any',
      io: 'input',
    }) as Json;
    delete generated.$schema;
    out[name] = generated;
  }
  out.SubmissionRequest = {
    allOf: [
      ref('SignatureSubmission'),
      {
        type: 'object',
        required: ['altcha'],
        properties: {
          altcha: {
            type: 'string',
            description: 'The solved proof of work, in ALTCHA payload format (base64 JSON).',
          },
        },
      },
    ],
  };
  out.Error = {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: {
          code: {
            type: 'string',
            description: 'Stable machine code (see the signature core catalogue).',
          },
          message: {
            type: 'string',
            description: 'Localised words for a person (Accept-Language: fr or en).',
          },
          issues: {
            type: 'array',
            items: {
              type: 'object',
              required: ['path', 'code', 'message'],
              properties: {
                path: {
                  type: 'string',
                  description: 'Dotted path of the field, `""` for the whole body',
                },
                code: { type: 'string' },
                message: { type: 'string' },
              },
            },
          },
        },
      },
    },
  };
  out.Challenge = {
    type: 'object',
    description:
      'An ALTCHA challenge (altcha-lib v2 format): solve it and send the payload as `altcha`.',
    required: ['parameters', 'signature'],
    properties: { parameters: { type: 'object' }, signature: { type: 'string' } },
  };
  out.SignatoryPage = {
    type: 'object',
    required: ['items'],
    properties: {
      items: { type: 'array', items: ref('PublicSignatory') },
      nextCursor: { type: 'string' },
    },
  };
  return out;
}

/** The OpenAPI 3.1 document of API version 1, generated from the model's schemas. */
export function openApiDocument(publicUrl: string, version: string): Json {
  const examples = Object.fromEntries(
    Object.entries(submissionExamples).map(([kind, value]) => [
      kind,
      { summary: `A ${kind} signs`, value },
    ]),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'PlateformCoop registry',
      version,
      description:
        'Signatures of the PlateformCoop manifesto: submit, confirm by mail, count, list, moderate, attest badges. Errors are `{ error: { code, message, issues? } }`.',
      license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
    },
    servers: [{ url: publicUrl }],
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        adminToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'ADMIN_TOKEN or a named token (`admins add`)',
        },
      },
    },
    paths: {
      '/v1/manifestos': {
        get: {
          summary: 'The manifestos served',
          responses: {
            200: { description: 'Manifestos', ...json({ type: 'array', items: ref('Manifesto') }) },
          },
        },
      },
      '/v1/manifestos/{id}': {
        get: {
          summary: 'One manifesto with its commitments',
          parameters: [manifestoId],
          responses: {
            200: { description: 'The manifesto', ...json(ref('Manifesto')) },
            404: errorResponse('Unknown manifesto'),
          },
        },
      },
      '/v1/manifestos/{id}/challenge': {
        get: {
          summary: 'A proof-of-work challenge for the signature form',
          parameters: [manifestoId],
          responses: {
            200: { description: 'A challenge', ...json(ref('Challenge')) },
            429: errorResponse('Too many requests'),
          },
        },
      },
      '/v1/manifestos/{id}/signatures': {
        post: {
          summary: 'Sign: stores a pending signature and mails a confirmation link',
          parameters: [manifestoId],
          requestBody: { required: true, ...json(ref('SubmissionRequest'), { examples }) },
          responses: {
            202: {
              description: 'Accepted (also for a repeated signature, which gets a mail instead)',
              ...statusAnswer,
            },
            400: errorResponse('Malformed JSON or proof of work refused'),
            413: errorResponse('Body over the size limit'),
            415: errorResponse('Not application/json'),
            422: errorResponse('Invalid submission, with `issues`'),
            429: errorResponse('Too many submissions from this address'),
          },
        },
      },
      '/v1/confirmations': {
        post: {
          summary: 'Confirms a signature with the token of its mail link (replaying is harmless)',
          requestBody: tokenBody,
          responses: {
            200: { description: 'Confirmed', ...statusAnswer },
            400: errorResponse('Bad or expired token'),
          },
        },
      },
      '/v1/withdrawals': {
        post: {
          summary: 'Withdraws a signature with the token of its mail link; personal data is erased',
          requestBody: tokenBody,
          responses: {
            200: { description: 'Withdrawn', ...statusAnswer },
            400: errorResponse('Bad or expired token'),
          },
        },
      },
      '/v1/manifestos/{id}/counter': {
        get: {
          summary: 'Totals of published signatures (ETag, Cache-Control)',
          parameters: [manifestoId],
          responses: {
            200: { description: 'The counter', ...json(ref('Counter')) },
            304: { description: 'Not modified' },
          },
        },
      },
      '/v1/manifestos/{id}/counter/stream': {
        get: {
          summary: 'The counter as Server-Sent Events (`counter` events carry the Counter JSON)',
          parameters: [manifestoId],
          responses: {
            200: {
              description: 'An event stream',
              content: { 'text/event-stream': { schema: { type: 'string' } } },
            },
          },
        },
      },
      '/v1/manifestos/{id}/signatories': {
        get: {
          summary: 'The public list of published signatories, newest first',
          parameters: [
            manifestoId,
            query('kind', 'collectivity, platform, organization or individual'),
            query('departement', 'Département code'),
            query('q', 'Words of the name'),
            query('cursor', 'From `nextCursor` of the previous page'),
            query('limit', 'Page size (1-100, default 50)', {
              type: 'integer',
              minimum: 1,
              maximum: 100,
            }),
          ],
          responses: { 200: { description: 'A page', ...json(ref('SignatoryPage')) } },
        },
      },
      '/v1/platforms': {
        get: {
          summary: 'Platforms with their signing status',
          responses: {
            200: {
              description: 'Platforms',
              ...json({ type: 'array', items: ref('PlatformWithStatus') }),
            },
          },
        },
      },
      '/v1/platforms/{slug}': {
        get: {
          summary: 'One platform',
          parameters: [slug],
          responses: {
            200: { description: 'The platform', ...json(ref('PlatformWithStatus')) },
            404: errorResponse('Unknown platform'),
          },
        },
      },
      '/v1/platforms/{slug}/attestation': {
        get: {
          summary: 'The signed attestation (compact JWS, EdDSA) that the platform signed',
          parameters: [slug],
          responses: {
            200: {
              description: 'A JWS',
              content: { 'application/jose': { schema: { type: 'string' } } },
            },
            404: errorResponse('Unknown platform, or not (or no longer) a signatory'),
          },
        },
      },
      '/v1/platforms/{slug}/badge.svg': {
        get: {
          summary: 'A static badge',
          parameters: [slug],
          responses: {
            200: {
              description: 'SVG',
              content: { 'image/svg+xml': { schema: { type: 'string' } } },
            },
          },
        },
      },
      '/v1/platforms/{slug}/badge.json': {
        get: {
          summary: 'The badge in the shields.io endpoint format',
          parameters: [slug],
          responses: { 200: { description: 'shields.io endpoint', ...json({ type: 'object' }) } },
        },
      },
      '/.well-known/jwks.json': {
        get: {
          summary: 'The public keys that verify attestations',
          responses: { 200: { description: 'JWKS', ...json({ type: 'object' }) } },
        },
      },
      '/v1/collectivities': {
        get: {
          summary:
            'Autocomplete over the official list of communes, EPCI, départements and régions',
          parameters: [
            query('q', 'Name, INSEE code, SIREN or postal code'),
            query('limit', '1-50, default 10', { type: 'integer' }),
          ],
          responses: {
            200: {
              description: 'Collectivities',
              ...json({ type: 'array', items: ref('Collectivity') }),
            },
          },
        },
      },
      '/v1/admin/signatures': {
        get: {
          summary: 'Signatures by status, with personal data (moderators)',
          security: admin,
          parameters: [
            query('status', 'A signature status'),
            query('cursor', 'From `nextCursor`'),
            query('limit', '1-500'),
          ],
          responses: {
            200: { description: 'A page', ...json({ type: 'object' }) },
            401: errorResponse('No token'),
            403: errorResponse('Wrong token'),
          },
        },
      },
      '/v1/admin/signatures/{id}/publish': {
        post: {
          summary: 'Publishes a confirmed signature',
          security: admin,
          parameters: [manifestoId],
          responses: {
            200: { description: 'Published', ...statusAnswer },
            409: errorResponse('Not in a state that allows it'),
          },
        },
      },
      '/v1/admin/signatures/{id}/reject': {
        post: {
          summary: 'Rejects a signature (its personal data is erased)',
          security: admin,
          parameters: [manifestoId],
          responses: {
            200: { description: 'Rejected', ...statusAnswer },
            409: errorResponse('Not in a state that allows it'),
          },
        },
      },
      '/v1/admin/export.csv': {
        get: {
          summary: 'Every signature, open-data columns, CSV (formula-safe)',
          security: admin,
          responses: {
            200: { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } },
          },
        },
      },
      '/v1/admin/export.json': {
        get: {
          summary: 'Every signature, open-data columns, JSON',
          security: admin,
          responses: { 200: { description: 'JSON', ...json({ type: 'array' }) } },
        },
      },
      '/healthz': {
        get: { summary: 'Liveness and database check', responses: { 200: { description: 'OK' } } },
      },
      ...consoleApiPaths,
    },
  };
}
