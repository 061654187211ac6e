// The OpenAPI description of the console's endpoints under /v1/admin/ (merged into the registry's
// generated document). Shapes the model has are referenced; the others are described here.

type Json = Record<string, unknown>;

const admin = [{ adminToken: [] }];
const json = (schema: Json) => ({ content: { 'application/json': { schema } } });
const error = (description: string) => ({
  description,
  ...json({ $ref: '#/components/schemas/Error' }),
});
const guarded = {
  401: error('No token (`auth.required`)'),
  403: error('Wrong or revoked token (`auth.forbidden`)'),
  503: error('No token configured: moderation closed (`server.unavailable`)'),
};
const query = (name: string, description: string) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: { type: 'string' },
});
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const manifestoQuery = query('manifesto', 'A manifesto id (the first one served by default)');
const erasures = json({
  type: 'object',
  required: ['items'],
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          kind: { type: 'string' },
          name: { type: ['string', 'null'], description: "A body's name; never a person's" },
          status: { type: 'string' },
          createdAt: { type: 'string' },
          action: { enum: ['expire', 'erase', 'anonymize'] },
          keepsInstitution: { type: 'boolean' },
        },
      },
    },
  },
});

export const consoleApiPaths: Record<string, Json> = {
  '/v1/admin/me': {
    get: {
      summary: 'The name of the admin token presented (moderators)',
      security: admin,
      responses: { 200: { description: '`{ name }`', ...json({ type: 'object' }) }, ...guarded },
    },
  },
  '/v1/admin/signatures': {
    get: {
      summary: 'Search every signature, with personal data and moderation hints (moderators)',
      security: admin,
      parameters: [
        query('status', 'A signature status'),
        query('kind', 'A kind of signatory'),
        query('territory', 'A département code (`59`), or `r` and a région code (`r32`)'),
        query('from', 'Submitted on or after (`YYYY-MM-DD`)'),
        query('to', 'Submitted on or before (`YYYY-MM-DD`)'),
        query('q', 'A name, INSEE code, SIREN, e-mail domain or id'),
        query('order', '`oldest` (default) or `newest`'),
        manifestoQuery,
        query('cursor', 'From `nextCursor`'),
        query('limit', '1-500 (100)'),
      ],
      responses: {
        200: {
          description:
            '`{ items, nextCursor? }`: open-data columns, `signature` (or `null` once erased), `official` (the COG record of a collectivity), `emailDomain`',
          ...json({ type: 'object' }),
        },
        400: error('A filter is invalid (`field.invalid`)'),
        ...guarded,
      },
    },
  },
  '/v1/admin/signatures/{id}': {
    get: {
      summary: 'One signature and the history of its status changes (moderators)',
      security: admin,
      parameters: [idParam],
      responses: {
        200: { description: '`{ item, history }`', ...json({ type: 'object' }) },
        404: error('Unknown signature'),
        ...guarded,
      },
    },
  },
  '/v1/admin/signatures/{id}/reject': {
    post: {
      summary:
        'Rejects a signature, mailing the reason to the signer (its personal data is erased)',
      security: admin,
      parameters: [idParam],
      requestBody: {
        required: true,
        ...json({
          type: 'object',
          additionalProperties: false,
          properties: { reason: { type: 'string', maxLength: 1000 } },
        }),
      },
      responses: {
        200: { description: 'Rejected', ...json({ type: 'object' }) },
        409: error('Not in a state that allows it'),
        ...guarded,
      },
    },
  },
  '/v1/admin/stats': {
    get: {
      summary: 'The campaign at a glance (moderators)',
      security: admin,
      parameters: [manifestoQuery],
      responses: {
        200: {
          description:
            '`byKindAndStatus`, `perDay` (submitted, published), `byDepartement`, `published`, `populationCovered`, `goal`',
          ...json({ type: 'object' }),
        },
        ...guarded,
      },
    },
  },
  '/v1/admin/retention': {
    get: {
      summary: 'What retention would erase now (moderators)',
      security: admin,
      responses: { 200: { description: 'The list', ...erasures }, ...guarded },
    },
    post: {
      summary: 'Applies retention now (moderators)',
      security: admin,
      responses: {
        200: { description: '`{ expired, erased, pruned }`', ...json({ type: 'object' }) },
        ...guarded,
      },
    },
  },
  '/v1/admin/anonymize': {
    get: {
      summary: "What anonymising a manifesto's signatures would strip (moderators)",
      security: admin,
      parameters: [manifestoQuery],
      responses: { 200: { description: 'The list', ...erasures }, ...guarded },
    },
    post: {
      summary: "Anonymises a closed campaign's signatures (moderators)",
      security: admin,
      requestBody: {
        required: true,
        ...json({
          type: 'object',
          required: ['manifesto'],
          additionalProperties: false,
          properties: { manifesto: { type: 'string' } },
        }),
      },
      responses: {
        200: { description: '`{ anonymized }`', ...json({ type: 'object' }) },
        ...guarded,
      },
    },
  },
};
