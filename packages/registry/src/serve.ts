import { type ServerType, serve } from '@hono/node-server';
import { createRegistry, type Registry, type RegistryOptions } from './registry.js';

export interface RunningRegistry {
  registry: Registry;
  server: ServerType;
  url: string;
  stop(): Promise<void>;
}

/** Starts the registry on Node's HTTP server, on `HOST` (127.0.0.1 by default) and `PORT`. */
export async function serveRegistry(options: RegistryOptions = {}): Promise<RunningRegistry> {
  const registry = await createRegistry(options);
  const { host, port } = registry.config;
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: registry.fetch, hostname: host, port }, () => resolve(s));
    s.once('error', reject);
  });
  // Build the official list's index now rather than on the first signature (a third of a second).
  setImmediate(() => registry.context.geo());
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  return {
    registry,
    server,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}`,
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await registry.close();
    },
  };
}
