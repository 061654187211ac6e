import { type ServerType, serve } from '@hono/node-server';
import { METRICS_PATH } from '@plateformcoop/model';
import type { RegistryMetrics } from './observability/metrics.js';
import { createRegistry, type Registry, type RegistryOptions } from './registry.js';

export interface RunningRegistry {
  registry: Registry;
  server: ServerType;
  url: string;
  /** Where `GET /metrics` answers without a token, when `METRICS_ADDRESS` is set. */
  metricsUrl: string | undefined;
  stop(): Promise<void>;
}

function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  hostname: string,
  port: number,
): Promise<ServerType> {
  return new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch, hostname, port }, () => resolve(s));
    s.once('error', reject);
  });
}

function urlOf(server: ServerType, host: string, port: number): string {
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  return `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}`;
}

function close(server: ServerType): Promise<void> {
  return new Promise<void>((resolve) => {
    server.close(() => resolve());
    (server as { closeAllConnections?: () => void }).closeAllConnections?.();
  });
}

/**
 * The metrics' own listener (`METRICS_ADDRESS`): `GET /metrics` without a token, nothing else,
 * for a Prometheus that reaches it over a private network the public never does.
 */
function metricsOnly(metrics: RegistryMetrics) {
  return async (request: Request): Promise<Response> => {
    const { pathname } = new URL(request.url);
    if (request.method !== 'GET' || pathname !== METRICS_PATH)
      return new Response('Not found\n', {
        status: 404,
        headers: { 'content-type': 'text/plain' },
      });
    return new Response(await metrics.text(), {
      headers: { 'content-type': metrics.contentType, 'cache-control': 'no-store' },
    });
  };
}

/** Starts the registry on Node's HTTP server, on `HOST` (127.0.0.1 by default) and `PORT`. */
export async function serveRegistry(options: RegistryOptions = {}): Promise<RunningRegistry> {
  const registry = await createRegistry(options);
  const { host, port, metricsAddress } = registry.config;
  let server: ServerType | undefined;
  let metricsServer: ServerType | undefined;
  try {
    server = await listen(registry.fetch, host, port);
    if (metricsAddress)
      metricsServer = await listen(
        metricsOnly(registry.context.metrics),
        metricsAddress.host,
        metricsAddress.port,
      );
  } catch (error) {
    if (server) await close(server);
    await registry.close();
    throw error;
  }
  // Build the official list's index now rather than on the first signature (a third of a second).
  setImmediate(() => registry.context.geo());
  return {
    registry,
    server,
    url: urlOf(server, host, port),
    metricsUrl:
      metricsServer && metricsAddress
        ? urlOf(metricsServer, metricsAddress.host, metricsAddress.port)
        : undefined,
    async stop() {
      await Promise.all([server && close(server), metricsServer && close(metricsServer)]);
      await registry.close();
    },
  };
}
