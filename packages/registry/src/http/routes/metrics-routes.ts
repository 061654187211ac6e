import { METRICS_PATH } from '@plateformcoop/model';
import { defineRoute, textAnswer } from '../route.js';

/** `GET /metrics`: what Prometheus scrapes, behind an admin token on the public address. */
export const metricsRoutes = [
  defineRoute({
    method: 'get',
    path: METRICS_PATH,
    exposure: 'admin',
    operationId: 'getMetrics',
    summary: 'The registry’s figures for Prometheus',
    description:
      'Prometheus’s text format, every name prefixed `plateformcoop_`: signatures submitted, confirmed and withdrawn by kind, moderators’ decisions by outcome, mails queued, capped, sent and failed, open live-counter streams, answers refused by a rate limit, request durations by route, and the process’s own figures. With `METRICS_ADDRESS` set, the same document is also served without a token on that address alone.',
    tags: ['operations'],
    answers: { 200: textAnswer('Prometheus text exposition format 0.0.4', 'text/plain') },
    handle: (ctx) => async (c) =>
      c.body(await ctx.metrics.text(), 200, { 'Content-Type': ctx.metrics.contentType }),
  }),
];
