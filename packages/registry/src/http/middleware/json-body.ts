import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { DomainError } from '../../domain-error.js';
import type { AppEnv } from '../app-env.js';

/** Deeper than any real submission; refusing early keeps validators away from hostile shapes. */
export const MAX_JSON_DEPTH = 12;

function depthOf(value: unknown, limit: number, depth = 0): number {
  if (depth > limit || value === null || typeof value !== 'object') return depth;
  let deepest = depth;
  for (const child of Array.isArray(value) ? value : Object.values(value)) {
    deepest = Math.max(deepest, depthOf(child, limit, depth + 1));
    if (deepest > limit) break;
  }
  return deepest;
}

/**
 * Every POST carries JSON: another content type raises `request.unsupported_media_type` (415), a
 * body over the limit `request.too_large` (413, `Connection: close`), text that is not JSON (or nests absurdly deep)
 * `request.malformed_json` (400). Resolves to the parsed body.
 */
export function jsonBodyReader(maxBytes: number): (c: Context<AppEnv>) => Promise<unknown> {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: (c) => {
      // The rest of the body is not read: the connection cannot serve another request, and
      // saying so lets the client open a new one rather than fail on this one (ECONNRESET).
      c.header('Connection', 'close');
      throw new DomainError('request.too_large');
    },
  });
  return async (c) => {
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') throw new DomainError('request.unsupported_media_type');
    let body: unknown;
    await limit(c, async () => {
      const text = await c.req.text();
      try {
        body = JSON.parse(text);
      } catch {
        throw new DomainError('request.malformed_json');
      }
      if (depthOf(body, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
        throw new DomainError('request.malformed_json');
    });
    return body;
  };
}
