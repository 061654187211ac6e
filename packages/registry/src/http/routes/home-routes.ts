import { HOME_PAGE_PATH } from '@plateformcoop/model';
import { homePage } from '../pages/home-page.js';
import { defineRoute, textAnswer } from '../route.js';

/** `GET /`: the registry's page for people, in the request's language. */
export const homeRoutes = [
  defineRoute({
    method: 'get',
    path: HOME_PAGE_PATH,
    exposure: 'public',
    // Live totals, worded by Accept-Language: caches revalidate and keep one copy per language.
    cache: 'no-cache',
    operationId: 'getHomePage',
    summary: 'A page for people: what the registry is, its manifestos and their totals',
    description:
      'In French or English (`Accept-Language`): the manifestos served with their live totals, the snippet that embeds a counter, links to the API description and the moderation console.',
    tags: ['pages'],
    answers: { 200: textAnswer('An HTML page', 'text/html') },
    handle: (ctx) => async (c) => {
      // The totals of the in-memory counters, as the counter's own document serves them.
      const manifestos = await Promise.all(
        [...ctx.manifestos.values()].map(async (manifesto) => ({
          manifesto,
          total: (await ctx.counters.get(manifesto.id)).counter.total,
        })),
      );
      const { html, csp } = homePage({
        locale: c.get('locale'),
        publicUrl: ctx.config.publicUrl,
        manifestos,
        license: ctx.config.openDataLicense,
        now: ctx.now(),
      });
      c.header('Content-Security-Policy', csp);
      c.header('Vary', 'Accept-Language');
      return c.html(html);
    },
  }),
];
