import type { RegistryContext } from '../registry-context.js';

/**
 * Records one answered request: its duration in the route's histogram and one log line. The
 * route is its template (`/v1/signatures/{id}`), never the path: a path may carry a token.
 * The counter's reads, far the most numerous (every page that shows a counter polls it; a CDN or
 * the proxy's access log sees them anyway), are logged at `debug`: a line costs about twice what
 * serving the read does.
 */
export type RequestObserver = (
  method: string,
  route: string,
  status: number,
  startedAt: number,
) => void;

export function requestObserver(
  { logger, metrics }: RegistryContext,
  level: 'info' | 'debug' = 'info',
): RequestObserver {
  return (method, route, status, startedAt) => {
    const seconds = (performance.now() - startedAt) / 1000;
    metrics.requestDuration.of(method, route, status).observe(seconds);
    if (status === 429) metrics.rateLimited.inc({ route });
    if (logger.isLevelEnabled(level))
      logger[level](
        { event: 'request', method, route, status, ms: Math.round(seconds * 10_000) / 10 },
        `${method} ${route} ${status}`,
      );
  };
}
