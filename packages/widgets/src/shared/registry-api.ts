import { apiPath, MANIFESTO_PATH } from '@plateformcoop/model';
import {
  INVALID_RESPONSE,
  NETWORK_UNAVAILABLE,
  type RegistryIssue,
  registryError,
} from './registry-error.js';

/**
 * The registry's HTTP API (version 1) as the widgets speak it: plain functions, so that each
 * bundle carries only the calls it makes. The widgets never import the registry. Types come from
 * the model; the registry is the authority on values, so answers are not validated again here
 * (that would put the schemas into every bundle).
 */
export type Query = Record<string, string | number | undefined>;

/**
 * Absolute URL of an API path (`apiPath(PLATFORMS_PATH)` of `@plateformcoop/model`) under a
 * registry's base URL: the path is read below that URL, so a registry served under a path prefix
 * (`https://example.org/registry/`) keeps it.
 */
export function apiUrl(registry: string, path: string, query?: Query): string {
  const url = new URL(path.replace(/^\//, ''), registry.endsWith('/') ? registry : `${registry}/`);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
  }
  return url.href;
}

/** How a call is made: its query, a way to abort it, and the language of the answer's words. */
export interface CallOptions {
  query?: Query;
  signal?: AbortSignal;
  /** Sent as `Accept-Language`, so the registry's error messages come in the widget's language. */
  locale?: string;
  /** `no-cache`: ask the registry again (a 304 when nothing changed), never a stale copy. */
  cache?: RequestCache;
}

export function getJson<T>(registry: string, path: string, options: CallOptions = {}): Promise<T> {
  return send<T>(apiUrl(registry, path, options.query), init(options));
}

export function postJson<T>(
  registry: string,
  path: string,
  body: unknown,
  options: CallOptions = {},
): Promise<T> {
  const call = init(options);
  return send<T>(apiUrl(registry, path), {
    ...call,
    method: 'POST',
    headers: { ...call.headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export async function getText(
  registry: string,
  path: string,
  options: CallOptions = {},
): Promise<string> {
  const response = await request(apiUrl(registry, path, options.query), init(options));
  if (!response.ok) throw await errorOf(response);
  return response.text();
}

function init({ signal, locale = '', cache }: CallOptions): RequestInit & {
  headers: Record<string, string>;
} {
  return { headers: { accept: 'application/json', 'accept-language': locale }, signal, cache };
}

/** `/v1/manifestos/<id>` and below, with the id escaped (the model's `MANIFESTO_PATH`). */
export function manifestoPath(manifestoId: string, rest = ''): string {
  return `${apiPath(MANIFESTO_PATH, { id: manifestoId })}${rest}`;
}

async function send<T>(url: string, init: RequestInit): Promise<T> {
  const response = await request(url, init);
  if (!response.ok) throw await errorOf(response);
  try {
    return (await response.json()) as T;
  } catch {
    throw registryError(INVALID_RESPONSE, response.status);
  }
}

async function request(url: string, init: RequestInit): Promise<Response> {
  try {
    // Cross-origin calls carry no cookie (fetch's default); the registry sets none anyway.
    return await fetch(url, init);
  } catch (cause) {
    if ((cause as Error)?.name === 'AbortError') throw cause;
    throw registryError(NETWORK_UNAVAILABLE);
  }
}

/** Turns the registry's `{ error: { code, message, issues? } }` into a RegistryError. */
async function errorOf(response: Response) {
  try {
    // The registry's error shape is its contract: `{ error: { code, message, issues? } }`.
    const { error } = (await response.json()) as {
      error?: { code?: unknown; message?: string; issues?: RegistryIssue[] };
    };
    if (typeof error?.code === 'string') {
      return registryError(error.code, response.status, error.issues, error.message);
    }
  } catch {
    // not the registry's error shape
  }
  return registryError(INVALID_RESPONSE, response.status);
}
