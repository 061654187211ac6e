import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from '../api-error.js';
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
 * Every POST carries JSON: another content type gets 415, a body over the limit 413, text that
 * is not JSON (or nests absurdly deep) 400. The parsed body is `c.get('body')`.
 */
export function jsonBody(maxBytes: number): MiddlewareHandler<AppEnv> {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError(413, 'request.too_large');
    },
  });
  return async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') throw new ApiError(415, 'request.unsupported_media_type');
    return limit(c, async () => {
      const text = await c.req.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw new ApiError(400, 'request.malformed_json');
      }
      if (depthOf(body, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
        throw new ApiError(400, 'request.malformed_json');
      c.set('body', body);
      await next();
    });
  };
}
