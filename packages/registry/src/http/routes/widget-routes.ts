import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DomainError } from '../../domain-error.js';
import { readFolderFile } from '../folder-file.js';
import { defineRoute } from '../route.js';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
/** `badge-bb2bee1b9f.js`: a content-hashed file never changes. */
const HASHED = /-[0-9a-f]{8,}\.(m?js|css)(\.map)?$/;

/**
 * The folder of the widgets' browser bundle: `WIDGETS_DIR`, else `dist/cdn` of an installed
 * `@plateformcoop/widgets` (resolved at run time: the registry works without it).
 */
export function widgetsFolder(configured: string | undefined): string | undefined {
  if (configured) return configured;
  try {
    const manifest = createRequire(import.meta.url).resolve('@plateformcoop/widgets/package.json');
    return join(dirname(manifest), 'dist', 'cdn');
  } catch {
    return undefined;
  }
}

const WIDGETS_PREFIX = '/widgets/';

/** The widgets' bundle at `/widgets/`, so a site loads everything from the campaign's server. */
export const widgetRoutes = [
  defineRoute({
    method: 'get',
    path: `${WIDGETS_PREFIX}*`,
    exposure: 'embeddable',
    operationId: 'getWidgetFile',
    summary: "A file of the widgets' browser bundle",
    tags: ['widgets'],
    answers: { 200: { description: 'The file' } },
    errors: ['not_found'],
    undocumented: "the widgets' static files (see the widgets' README)",
    handle: (ctx) => {
      const root = widgetsFolder(ctx.config.widgetsDir);
      return async (c) => {
        if (!root) throw new DomainError('not_found');
        const file = await readFolderFile(root, c.req.path.slice(WIDGETS_PREFIX.length), TYPES);
        if (!file) throw new DomainError('not_found');
        c.header('Content-Type', file.type);
        c.header(
          'Cache-Control',
          HASHED.test(file.path) ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
        );
        return c.body(file.body);
      };
    },
  }),
];
