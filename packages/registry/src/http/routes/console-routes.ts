import { existsSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONSOLE_PAGE_PATH } from '@plateformcoop/model';
import { DomainError } from '../../domain-error.js';
import { readFolderFile } from '../folder-file.js';
import { defineRoute } from '../route.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};
const HASHED = /-[0-9A-Za-z]{8,}\.(js|css)(\.map)?$/;

/**
 * The console loads only its own files: no inline script or style, no other origin, no frame.
 * Lit's styles are constructed stylesheets, which CSP does not restrict.
 */
export const CONSOLE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The built console: `dist/console/` beside the bundle, or of the package when run from source. */
export function consoleFolder(): string | undefined {
  for (const relative of ['./console/', '../../../dist/console/']) {
    const folder = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(join(folder, 'index.html'))) return normalize(folder);
  }
  return undefined;
}

const undocumented = 'the console’s static files, not part of the API';

/** The moderation console at `/admin/`: static files; every datum comes from `/v1/admin/`. */
export const consoleRoutes = [
  defineRoute({
    method: 'get',
    path: '/admin',
    exposure: 'public',
    operationId: 'redirectToConsole',
    summary: 'To the moderation console',
    tags: ['pages'],
    answers: { 301: { description: 'To `/admin/`' } },
    undocumented,
    handle: () => (c) => c.redirect(CONSOLE_PAGE_PATH, 301),
  }),
  defineRoute({
    method: 'get',
    path: '/admin/*',
    exposure: 'public',
    operationId: 'getConsoleFile',
    summary: 'A file of the moderation console',
    tags: ['pages'],
    answers: { 200: { description: 'The file' } },
    errors: ['not_found'],
    undocumented,
    handle: () => {
      const root = consoleFolder();
      return async (c) => {
        if (!root) throw new DomainError('not_found');
        // The console is one page; its views live in the fragment, so any other path is a 404.
        const file = await readFolderFile(
          root,
          c.req.path.slice(CONSOLE_PAGE_PATH.length) || 'index.html',
          TYPES,
        );
        if (!file) throw new DomainError('not_found');
        c.header('Content-Type', file.type);
        c.header('Content-Security-Policy', CONSOLE_CSP);
        c.header(
          'Cache-Control',
          HASHED.test(file.path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
        return c.body(file.body);
      };
    },
  }),
];
