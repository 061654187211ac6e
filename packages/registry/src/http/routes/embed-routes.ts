import { EMBED_PAGE_PATH } from '@plateformcoop/model';
import { z } from 'zod';
import { DomainError } from '../../domain-error.js';
import {
  EMBED_ATTRIBUTES,
  EMBED_STYLESHEET,
  EMBED_STYLESHEET_PATH,
  EMBEDDABLE_WIDGETS,
  embedContentSecurityPolicy,
  embedPage,
  isEmbeddableWidget,
} from '../pages/embed-page.js';
import { defineRoute, textAnswer } from '../route.js';

const SHORT_CACHE = 'public, max-age=300';

/** The element's attributes a framing page may set through the frame's address. */
const EmbedQuery = z.object(
  Object.fromEntries(
    EMBED_ATTRIBUTES.map((name) => [
      name,
      z.string().optional().describe(`Copied onto the element as its \`${name}\` attribute`),
    ]),
  ) as Record<(typeof EMBED_ATTRIBUTES)[number], z.ZodOptional<z.ZodString>>,
);

/**
 * Each widget as a page for an `<iframe>` (`GET /embed/:widget`), for CMS pages that allow no
 * script. These pages, and only these, may be framed (exposure `framable`: no
 * `X-Frame-Options`), under a CSP whose `frame-ancestors` follows `CORS_ORIGINS`.
 */
export const embedRoutes = [
  defineRoute({
    method: 'get',
    path: EMBED_STYLESHEET_PATH,
    exposure: 'public',
    cache: SHORT_CACHE,
    operationId: 'getEmbedStylesheet',
    summary: "The iframe pages' own stylesheet",
    tags: ['pages'],
    answers: {
      200: textAnswer('CSS', 'text/css'),
    },
    undocumented: 'a static file of the iframe pages',
    handle: () => (c) => {
      return c.body(EMBED_STYLESHEET, 200, { 'Content-Type': 'text/css; charset=utf-8' });
    },
  }),
  defineRoute({
    method: 'get',
    path: EMBED_PAGE_PATH,
    exposure: 'framable',
    cache: SHORT_CACHE,
    operationId: 'getEmbedPage',
    summary: 'A widget as a page for an `<iframe>`, for pages that allow no script',
    description:
      'The page loads the widgets’ bundle from `/widgets/` and posts its height to the framing page.',
    tags: ['pages'],
    params: z.object({ widget: z.enum(EMBEDDABLE_WIDGETS) }),
    query: EmbedQuery,
    answers: {
      200: textAnswer('An HTML page', 'text/html'),
    },
    errors: ['not_found'],
    handle: (ctx) => {
      const csp = embedContentSecurityPolicy(ctx.config.corsOrigins);
      return (c, { params, query }) => {
        if (!isEmbeddableWidget(params.widget)) throw new DomainError('not_found');
        c.header('Content-Security-Policy', csp);
        return c.html(
          embedPage({ widget: params.widget, registryUrl: ctx.config.publicUrl, query }),
        );
      };
    },
  }),
];
