import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DemoOrigins, fillOrigins, PLATFORM_HOST } from '../site-build/placeholders.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

/** The built site (`vite build`), next to this package's sources. */
export const BUILT_SITE = fileURLToPath(new URL('../../dist', import.meta.url));

export interface DemoServerOptions {
  /** The registry's base URL, put into every page. */
  registry: string;
  /** 0 picks a free port. */
  port?: number;
  /** Folder of the built site. */
  root?: string;
}

export interface DemoServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** The same site under the fictional platform's host name. */
  platformUrl: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves the built demo on 127.0.0.1 and fills in the origins of its pages. The site is static;
 * this server exists only so that one build works with any registry address.
 */
export async function startDemoServer(options: DemoServerOptions): Promise<DemoServer> {
  const root = resolve(options.root ?? BUILT_SITE);
  await stat(join(root, 'index.html')).catch(() => {
    throw new Error(`the demo site is not built (${root}/index.html missing): run "npm run build"`);
  });
  let origins: DemoOrigins | undefined;
  const server: Server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) throw new Error('outside');
      if ((await stat(file).catch(() => undefined))?.isDirectory()) {
        if (!path.endsWith('/')) {
          response.writeHead(301, { Location: `${path}/` }).end();
          return;
        }
        file = join(file, 'index.html');
      }
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      let body: Buffer | string = await readFile(file);
      if (type.startsWith('text/html') && origins)
        body = fillOrigins(body.toString('utf8'), origins);
      response.writeHead(200, {
        'Content-Type': type,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Page introuvable.\n');
    }
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const platformUrl = `http://${PLATFORM_HOST}:${port}`;
  origins = { registry: options.registry, site: url, platformSite: platformUrl };
  return {
    url,
    platformUrl,
    port,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
