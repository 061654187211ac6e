import type { Context } from 'hono';
import type { OpenAPIV3_1 } from 'openapi-types';
import type { z } from 'zod';
import type { ErrorCode } from '../domain-error.js';
import type { RegistryContext } from '../registry-context.js';
import type { AppEnv } from './app-env.js';
import type { HeaderRecord } from './middleware/default-headers.js';

/**
 * How far other sites may use a route's answers, which decides its default headers:
 * - `public`: the registry's own API and pages (`Cross-Origin-Resource-Policy: same-origin`,
 *   CORS as configured);
 * - `embeddable`: what other sites load in their pages (widgets, counters, badges, public data:
 *   CORP `cross-origin`, CORS as configured);
 * - `framable`: the iframe pages, which other sites frame (no `X-Frame-Options`);
 * - `admin`: moderation, behind the bearer token, never readable from another origin (no CORS).
 */
export type Exposure = 'public' | 'embeddable' | 'framable' | 'admin';

/** The allowance per client address a route counts against (see `http/middleware/rate-limit.ts`). */
export type RateLimitName = 'submissions' | 'tokens' | 'challenges';

/** A schema of the model or of the registry (zod or zod/mini). */
export type Schema = z.core.$ZodType;

/** One media type of an answer or a request body. */
export interface Media {
  /** A zod schema, or a plain JSON Schema for what is not JSON (`{ type: 'string' }`). */
  schema: Schema | OpenAPIV3_1.SchemaObject;
  examples?: Record<string, OpenAPIV3_1.ExampleObject>;
}

/** An answer a route gives when it succeeds (its errors come from `errors`). */
export interface Answer {
  description: string;
  content?: Record<string, Media>;
  headers?: Record<string, OpenAPIV3_1.HeaderObject>;
}

/** A successful answer of JSON, of the shape `schema` describes. */
export function jsonAnswer(description: string, schema: Schema): Answer {
  return { description, content: { 'application/json': { schema } } };
}

/** A successful answer of text in another media type (HTML, SVG, CSV, a JWS, an event stream). */
export function textAnswer(description: string, mediaType: string): Answer {
  return { description, content: { [mediaType]: { schema: { type: 'string' } } } };
}

export type SuccessStatus = 200 | 201 | 202 | 204 | 301 | 304;

/**
 * The statuses of a page for people that says why it cannot do what was asked (a mail link cut,
 * expired, or made for another state of the signature): its own HTML, not an error body.
 */
export type PageStatus = 400 | 409 | 410;

/** What the route's handler receives, read and checked from the request. */
export interface RouteInput<Params, Query> {
  params: Params;
  query: Query;
  /** The parsed JSON body of a POST (checked by the workflow that receives it). */
  body: unknown;
}

/** What a handler may need from the app beyond the registry's context. */
export interface RouteTools {
  /** The default headers of this route's answers, by the request's `Origin`. */
  defaultHeaders: (origin: string | undefined) => HeaderRecord;
  /** The API description, generated once from the route table. */
  document: () => Promise<OpenAPIV3_1.Document>;
  version: string;
}

export type ObjectSchema = z.ZodType<Record<string, unknown>, Record<string, unknown>>;

/**
 * One route of the registry, declared once: what the app mounts, the headers it gets, the limit
 * it counts against, and its part of the API description (`/openapi.json`).
 */
export interface Route<Params = Record<string, string>, Query = Record<string, unknown>> {
  method: 'get' | 'post';
  /** A template of `@plateformcoop/model`'s API paths (`/v1/manifestos/{id}`), or a wildcard `/widgets/*`. */
  path: string;
  exposure: Exposure;
  rateLimit?: RateLimitName;
  /** The `Cache-Control` of its successful answers, unless its handler sets one. */
  cache?: string;
  /**
   * Answered in front of the middleware chain, by a single synchronous handler (the counter's
   * document, the answer read most): no rate limit, no parsing of its input.
   */
  front?: boolean;
  operationId: string;
  summary: string;
  description?: string;
  tags: readonly string[];
  /** Path parameters; a value the schema refuses answers 404 (the path names nothing). */
  params?: ObjectSchema;
  /** Query parameters; a value the schema refuses answers 400 `field.invalid` with issues. */
  query?: ObjectSchema;
  /** The JSON body of a POST, as documented (the workflow that receives it checks it). */
  body?: Media & { description?: string };
  /** The successful answers (and a page's own answers when it cannot act, in HTML). */
  answers: Partial<Record<SuccessStatus | PageStatus, Answer>>;
  /** The codes the handler itself can raise; what every route of its kind raises is added. */
  errors?: readonly ErrorCode[];
  /** Why the route is not part of the API description (static files); absent: it is. */
  undocumented?: string;
  handle(
    ctx: RegistryContext,
    tools: RouteTools,
  ): (c: Context<AppEnv>, input: RouteInput<Params, Query>) => Response | Promise<Response>;
}

/** A route of the table whatever its input types. */
// biome-ignore lint/suspicious/noExplicitAny: the table holds routes of every input type
export type AnyRoute = Route<any, any>;

/** A route as declared: its handler's input typed from its schemas. */
export type RouteDeclaration<
  P extends ObjectSchema | undefined = undefined,
  Q extends ObjectSchema | undefined = undefined,
> = Omit<Route, 'params' | 'query' | 'handle'> & {
  params?: P;
  query?: Q;
  handle: Route<
    P extends ObjectSchema ? z.output<P> : Record<string, string>,
    Q extends ObjectSchema ? z.output<Q> : Record<string, never>
  >['handle'];
};

/** Declares a route, typing its handler's input from its schemas. */
export function defineRoute<
  P extends ObjectSchema | undefined = undefined,
  Q extends ObjectSchema | undefined = undefined,
>(route: RouteDeclaration<P, Q>): AnyRoute {
  return route as AnyRoute;
}

/** A parameter followed by a file extension in its segment: `{id}.pdf`. */
const SUFFIXED_PARAMETER = /\{(\w+)\}(\.\w+)(?=\/|$)/g;

/**
 * Hono's form of a path template: `/v1/manifestos/:id` for `/v1/manifestos/{id}`. A parameter
 * with an extension (`/certificates/{id}.pdf`) becomes a pattern that keeps the extension in the
 * value (`:id{[^/]+\.pdf}`), which `pathParameters` then takes off.
 */
export function honoPath(template: string): string {
  return template
    .replace(SUFFIXED_PARAMETER, (_, name: string, suffix: string) => `:${name}{[^/]+\\${suffix}}`)
    .replace(/\{(\w+)\}/g, ':$1');
}

/** The path's parameters as the template names them: the extension of `{id}.pdf` taken off. */
export function pathParameters(
  template: string,
  raw: Record<string, string>,
): Record<string, string> {
  const parameters = { ...raw };
  for (const [, name, suffix] of template.matchAll(SUFFIXED_PARAMETER)) {
    const value = parameters[name!];
    if (value?.endsWith(suffix!)) parameters[name!] = value.slice(0, -suffix!.length);
  }
  return parameters;
}
