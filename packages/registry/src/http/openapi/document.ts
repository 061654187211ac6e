import {
  ApiErrorBody,
  ApiIssue,
  publicSchemas,
  SignatoryPage,
  StatusAnswer,
} from '@plateformcoop/model';
import { type Handler, Hono, type MiddlewareHandler } from 'hono';
import { describeRoute, generateSpecs, resolver, validator } from 'hono-openapi';
import type { OpenAPIV3_1 } from 'openapi-types';
import { z } from 'zod';
import type { ErrorCode } from '../../domain-error.js';
import { ERROR_STATUS } from '../error-status.js';
import { type Answer, type AnyRoute, honoPath, type Media, type Schema } from '../route.js';

/** The security scheme of the moderation routes. */
const ADMIN_TOKEN = 'adminToken';

/**
 * The names under which shared schemas appear in `components.schemas` (schemas without one are
 * written where they are used). Registered once, in zod's global registry, which the
 * conversion to JSON Schema reads.
 */
function nameSharedSchemas(): void {
  const named: [Schema, string][] = [
    ...Object.entries(publicSchemas).map(([name, schema]) => [schema, name] as [Schema, string]),
    [ApiErrorBody, 'Error'],
    [ApiIssue, 'Issue'],
    [StatusAnswer, 'StatusAnswer'],
    [SignatoryPage, 'SignatoryPage'],
  ];
  for (const [schema, id] of named)
    if (!z.globalRegistry.has(schema)) z.globalRegistry.add(schema, { id });
}

/**
 * zod writes a record over a closed list of keys (`byKind` of the counter) as `required` keys
 * without `properties`, which OpenAPI linters read as undefined properties: each key is given
 * the record's value schema.
 */
function nameRecordKeys(ctx: { zodSchema: Schema; jsonSchema: Record<string, unknown> }): void {
  const json = ctx.jsonSchema;
  if (
    ctx.zodSchema._zod.def.type === 'record' &&
    Array.isArray(json.required) &&
    json.properties === undefined &&
    typeof json.additionalProperties === 'object'
  )
    json.properties = Object.fromEntries(
      (json.required as string[]).map((key) => [key, json.additionalProperties]),
    );
}

/** How every schema is converted (zod's `toJSONSchema` options, through hono-openapi). */
const CONVERSION = { options: { override: nameRecordKeys } };

/** The converter of a zod schema, as hono-openapi takes it. */
const converted = (schema: Schema) => resolver(schema as never, CONVERSION);

const isSchema = (schema: Media['schema']): schema is Schema => '_zod' in schema;

/** A media type's schema as hono-openapi takes it: a resolver of a zod schema, or plain JSON Schema. */
const mediaOf = ({ schema, examples }: Media) => ({
  schema: isSchema(schema) ? converted(schema) : schema,
  ...(examples ? { examples } : {}),
});

/** A successful answer as hono-openapi takes it, with the route's `Cache-Control`. */
function successAnswer(route: AnyRoute, status: string, answer: Answer) {
  const headers = {
    ...(route.cache && status.startsWith('2')
      ? { 'Cache-Control': { description: `\`${route.cache}\``, schema: { type: 'string' } } }
      : {}),
    ...answer.headers,
  };
  return {
    description: answer.description,
    ...(Object.keys(headers).length ? { headers } : {}),
    ...(answer.content
      ? {
          content: Object.fromEntries(
            Object.entries(answer.content).map(([type, media]) => [type, mediaOf(media)]),
          ),
        }
      : {}),
  };
}

/** Every code a route can raise: its own, and those of every route of its kind. */
export function errorCodesOf(route: AnyRoute): ErrorCode[] {
  return [
    ...(route.errors ?? []),
    ...(route.method === 'post'
      ? (['request.malformed_json', 'request.unsupported_media_type', 'request.too_large'] as const)
      : []),
    ...(route.query ? (['field.invalid'] as const) : []),
    ...(route.rateLimit ? (['rate.limited'] as const) : []),
    ...(route.exposure === 'admin'
      ? (['auth.required', 'auth.forbidden', 'server.unavailable', 'rate.limited'] as const)
      : []),
  ];
}

/** The error answers of a route, one per status, naming the codes behind it. */
function errorAnswers(route: AnyRoute): Record<string, OpenAPIV3_1.ResponseObject> {
  const byStatus = new Map<number, Set<ErrorCode>>();
  for (const code of errorCodesOf(route)) {
    const status = ERROR_STATUS[code];
    byStatus.set(status, (byStatus.get(status) ?? new Set()).add(code));
  }
  const answers: Record<string, OpenAPIV3_1.ResponseObject> = {};
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    answers[status] = {
      description: [...codes].map((code) => `\`${code}\``).join(', '),
      ...(status === 429
        ? {
            headers: {
              'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } },
            },
          }
        : {}),
      ...(status === 401
        ? { headers: { 'WWW-Authenticate': { description: 'Bearer', schema: { type: 'string' } } } }
        : {}),
      content: { 'application/json': { schema: converted(ApiErrorBody) as never } },
    };
  }
  return answers;
}

/** The request body of a route, with its examples (hono-openapi resolves only answers' schemas). */
async function requestBodyOf(
  route: AnyRoute,
  components: OpenAPIV3_1.ComponentsObject,
): Promise<OpenAPIV3_1.RequestBodyObject | undefined> {
  if (!route.body) return undefined;
  const { schema, examples, description } = route.body;
  let json: OpenAPIV3_1.SchemaObject | OpenAPIV3_1.ReferenceObject = schema as never;
  if (isSchema(schema)) {
    const resolved = await converted(schema).toOpenAPISchema();
    json = resolved.schema;
    components.schemas = { ...components.schemas, ...resolved.components?.schemas };
  }
  return {
    required: true,
    ...(description ? { description } : {}),
    content: { 'application/json': { schema: json, ...(examples ? { examples } : {}) } },
  };
}

const generated = new WeakMap<
  readonly AnyRoute[],
  { version: string; document: Promise<OpenAPIV3_1.Document> }
>();

/**
 * The OpenAPI 3.1 document of the registry, generated once per route table and version (every
 * registry of a process shares it).
 */
export function openApiDocument(
  routes: readonly AnyRoute[],
  version: string,
): Promise<OpenAPIV3_1.Document> {
  const known = generated.get(routes);
  if (known?.version === version) return known.document;
  const document = generateDocument(routes, version);
  generated.set(routes, { version, document });
  return document;
}

/**
 * The document, generated from the route table by hono-openapi:
 * each documented route becomes an operation, with its parameters (from its schemas), its
 * request body, its successful answers and an error answer per status its codes map to.
 */
async function generateDocument(
  routes: readonly AnyRoute[],
  version: string,
): Promise<OpenAPIV3_1.Document> {
  nameSharedSchemas();
  const described = new Hono();
  const bodyComponents: OpenAPIV3_1.ComponentsObject = {};
  const answered: Handler = (c) => c.body(null, 204);
  for (const route of routes) {
    if (route.undocumented) continue;
    const requestBody = await requestBodyOf(route, bodyComponents);
    const successes = Object.fromEntries(
      Object.entries(route.answers).map(([status, answer]) => [
        status,
        successAnswer(route, status, answer!),
      ]),
    );
    const handlers: MiddlewareHandler[] = [
      describeRoute({
        operationId: route.operationId,
        summary: route.summary,
        ...(route.description ? { description: route.description } : {}),
        tags: [...route.tags],
        security: route.exposure === 'admin' ? [{ [ADMIN_TOKEN]: [] }] : [],
        ...(requestBody ? { requestBody } : {}),
        responses: { ...successes, ...errorAnswers(route) } as never,
      }),
    ];
    if (route.params)
      handlers.push(
        validator('param', route.params as never, undefined, CONVERSION) as MiddlewareHandler,
      );
    if (route.query)
      handlers.push(
        validator('query', route.query as never, undefined, CONVERSION) as MiddlewareHandler,
      );
    described.on(route.method.toUpperCase(), [describedPath(route.path)], ...handlers, answered);
  }
  const document = (await generateSpecs(described, {
    excludeStaticFile: false,
    // Every error answer is described from the codes each route can raise.
    defaultValidationErrorResponse: false,
    documentation: {
      info: {
        title: 'PlateformCoop registry',
        version,
        description:
          'Signatures of the PlateformCoop manifesto: submit, confirm by mail, count, list, moderate, attest badges. Every error is `{ error: { code, message, issues? } }`: `code` is stable (the signature core’s catalogue), `message` is in French or English (`Accept-Language`).',
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
      },
      components: {
        ...bodyComponents,
        securitySchemes: {
          [ADMIN_TOKEN]: {
            type: 'http',
            scheme: 'bearer',
            description: '`ADMIN_TOKEN`, or a named token of `plateformcoop-registry admins add`',
          },
        },
      },
    },
  })) as OpenAPIV3_1.Document;
  return withExtensionsRestored(document);
}

/**
 * The path hono-openapi reads: a parameter with an extension (`{id}.pdf`) as one named
 * `id.pdf`, which it keeps whole (a pattern would lose the extension and collide with `{id}`);
 * `withExtensionsRestored` writes it back as the template has it.
 */
function describedPath(template: string): string {
  return honoPath(template.replace(/\{(\w+)\}(\.\w+)(?=\/|$)/g, '{$1$2}'));
}

/** `/certificates/{id.pdf}` back to `/certificates/{id}.pdf`, without a parameter `id.pdf`. */
function withExtensionsRestored(document: OpenAPIV3_1.Document): OpenAPIV3_1.Document {
  const suffixed = /\{(\w+)(\.\w+)\}/g;
  const paths: OpenAPIV3_1.PathsObject = {};
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const names = [...path.matchAll(suffixed)].map((m) => `${m[1]}${m[2]}`);
    if (names.length && item)
      for (const operation of Object.values(item) as OpenAPIV3_1.OperationObject[])
        if (operation && Array.isArray(operation.parameters))
          operation.parameters = operation.parameters.filter(
            (p) => !('name' in p && names.includes(p.name)),
          );
    paths[path.replace(suffixed, '{$1}$2')] = item;
  }
  return { ...document, paths };
}
