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

/** Absolute URL of an API path (`v1/platforms`) under a registry's base URL. */
export function apiUrl(registry: string, path: string, query?: Query): string {
  const url = new URL(path, registry.endsWith('/') ? registry : `${registry}/`);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
  }
  return url.href;
}

export function getJson<T>(
  registry: string,
  path: string,
  query?: Query,
  signal?: AbortSignal,
): Promise<T> {
  return send<T>(apiUrl(registry, path, query), {
    headers: { accept: 'application/json' },
    signal,
  });
}

export function postJson<T>(
  registry: string,
  path: string,
  body: unknown,
  signal?: AbortSignal,
): Promise<T> {
  return send<T>(apiUrl(registry, path), {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal,
  });
}

export async function getText(
  registry: string,
  path: string,
  signal?: AbortSignal,
): Promise<string> {
  const response = await request(apiUrl(registry, path), { signal });
  if (!response.ok) throw await errorOf(response);
  return response.text();
}

/** `v1/manifestos/<id>` and below, with the id escaped. */
export function manifestoPath(manifestoId: string, rest = ''): string {
  return `v1/manifestos/${encodeURIComponent(manifestoId)}${rest}`;
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
    // No cookie is sent or stored: the registry uses none.
    return await fetch(url, { ...init, credentials: 'omit' });
  } catch (cause) {
    if ((cause as Error)?.name === 'AbortError') throw cause;
    throw registryError(NETWORK_UNAVAILABLE);
  }
}

/** Turns the registry's `{ error: { code, message, issues? } }` into a RegistryError. */
async function errorOf(response: Response) {
  try {
    const { error } = (await response.json()) as { error?: { code?: unknown; issues?: unknown } };
    if (typeof error?.code === 'string') {
      const issues = Array.isArray(error.issues) ? (error.issues as RegistryIssue[]) : [];
      return registryError(error.code, response.status, issues);
    }
  } catch {
    // not the registry's error shape
  }
  return registryError(INVALID_RESPONSE, response.status);
}
