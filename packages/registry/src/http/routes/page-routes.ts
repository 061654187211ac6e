import {
  CONFIRM_PAGE_PATH,
  DOCS_PATH,
  HEALTH_PATH,
  OPENAPI_PATH,
  WITHDRAW_PAGE_PATH,
} from '@plateformcoop/model';
import { messageFor } from '@plateformcoop/signature';
import { z } from 'zod';
import { escapeHtml } from '../../mail/html.js';
import { linkStanding } from '../../signatures/token-actions.js';
import { htmlPage } from '../pages/page.js';
import { tokenActionPage } from '../pages/token-action-page.js';
import { defineRoute, jsonAnswer, textAnswer } from '../route.js';

/** The landing page of a mail's link: it changes nothing until its button is pressed. */
const tokenActionRoute = (action: 'confirm' | 'withdraw') =>
  defineRoute({
    method: 'get',
    path: action === 'confirm' ? CONFIRM_PAGE_PATH : WITHDRAW_PAGE_PATH,
    exposure: 'public',
    cache: 'no-store',
    operationId: action === 'confirm' ? 'getConfirmationPage' : 'getWithdrawalPage',
    summary: `The page the ${action === 'confirm' ? 'confirmation' : 'withdrawal'} mail links to`,
    description:
      'Mail scanners follow links: the page changes nothing by itself; its button posts the token. A link that no longer applies gets a page saying why and what to do next.',
    tags: ['pages'],
    query: z.object({ token: z.string().optional().describe('The token of the mail’s link') }),
    answers: {
      200: textAnswer('The page, with its button', 'text/html'),
      400: textAnswer(
        'A page for a link that is not one of this registry (cut, altered)',
        'text/html',
      ),
      409: textAnswer(
        'A page saying where the signature stands: the link was made for another state (already confirmed, withdrawn, rejected, expired)',
        'text/html',
      ),
      410: textAnswer(
        'A page for an expired link, with a button that sends the mail again while the signature waits',
        'text/html',
      ),
    },
    handle:
      (ctx) =>
      async (c, { query }) => {
        const token = (query.token ?? '').slice(0, 1024);
        // Reading changes nothing; the page speaks the signature's language when the link is genuine.
        const standing = await linkStanding(ctx, token, action);
        const { html, csp, status } = tokenActionPage({
          action,
          token,
          standing,
          locale: (standing.kind !== 'invalid' && standing.locale) || c.get('locale'),
          campaign: ctx.config.campaignName,
        });
        c.header('Content-Security-Policy', csp);
        return c.html(html, status);
      },
  });

/** The registry's own pages: the mail links' landing pages, the API description, and health. */
export const pageRoutes = [
  tokenActionRoute('confirm'),
  tokenActionRoute('withdraw'),
  defineRoute({
    method: 'get',
    path: OPENAPI_PATH,
    exposure: 'public',
    cache: 'public, max-age=300',
    operationId: 'getOpenApiDocument',
    summary: 'This description of the API (OpenAPI 3.1), generated from the route table',
    tags: ['pages'],
    answers: {
      200: {
        description: 'An OpenAPI 3.1 document',
        content: { 'application/json': { schema: { type: 'object' } } },
      },
    },
    handle: (ctx, { document }) => {
      let text: Promise<string> | undefined;
      return async (c) => {
        text ??= document().then((doc) =>
          JSON.stringify({ ...doc, servers: [{ url: ctx.config.publicUrl }] }),
        );
        return c.body(await text, 200, { 'Content-Type': 'application/json; charset=UTF-8' });
      };
    },
  }),
  defineRoute({
    method: 'get',
    path: DOCS_PATH,
    exposure: 'public',
    operationId: 'getDocsPage',
    summary: 'A readable list of the operations, linking to the OpenAPI document',
    tags: ['pages'],
    answers: { 200: textAnswer('An HTML page', 'text/html') },
    handle:
      (_ctx, { document }) =>
      async (c) => {
        const doc = await document();
        const rows = Object.entries(doc.paths ?? {})
          .flatMap(([path, operations]) =>
            Object.entries(operations ?? {}).map(
              ([method, operation]) =>
                `<tr><td><code>${method.toUpperCase()}</code></td><td><code>${escapeHtml(path)}</code></td><td>${escapeHtml((operation as { summary?: string }).summary ?? '')}</td></tr>`,
            ),
          )
          .join('\n');
        const locale = c.get('locale');
        const { html, csp } = htmlPage({
          locale,
          title: messageFor('page.docs.title', locale),
          body: `<p><a href="openapi.json">openapi.json</a> (OpenAPI 3.1)</p><table>${rows}</table>`,
        });
        c.header('Content-Security-Policy', csp);
        return c.html(html);
      },
  }),
  defineRoute({
    method: 'get',
    path: HEALTH_PATH,
    exposure: 'public',
    cache: 'no-store',
    operationId: 'getHealth',
    summary: 'Liveness, after a round trip to the database',
    tags: ['pages'],
    answers: {
      200: jsonAnswer(
        'Up',
        z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']) }),
      ),
    },
    handle: (ctx) => async (c) => {
      await ctx.store.signatures.ping();
      return c.json({ status: 'ok', database: ctx.store.handle.kind });
    },
  }),
];
