import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';

const cdn = join(import.meta.dirname, '../dist/cdn');

/** An HTML page and its own response headers (a CSP...). */
export interface SitePage {
  html: string;
  headers?: Record<string, string>;
}

export interface SiteServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  close(): void;
}

/**
 * A web site of its own on 127.0.0.1, as a town's site embeds the widgets: the shipped bundle
 * (`dist/cdn`, from `npm run build`) at `/cdn/`, and `page(url)` for every other path.
 */
export async function startSiteServer(page: (url: URL) => SitePage): Promise<SiteServer> {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/cdn/')) {
      const file = join(cdn, url.pathname.slice('/cdn/'.length).replace(/\.\./g, ''));
      const body = await readFile(file).catch(() => undefined);
      if (!body) return response.writeHead(404).end();
      const type = file.endsWith('.css') ? 'text/css' : 'text/javascript';
      return response.writeHead(200, { 'content-type': type }).end(body);
    }
    const { html, headers } = page(url);
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, port, close: () => server.close() };
}
