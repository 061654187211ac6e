import type { HttpBindings } from '@hono/node-server';
import type { Locale } from '@plateformcoop/model';
import type { Exposure } from './route.js';

/** What the app hands to routes through the Hono context. */
export interface AppEnv {
  Bindings: Partial<HttpBindings>;
  Variables: {
    /** The exposure of the route that answers, which decides the answer's default headers. */
    exposure: Exposure;
    /** The language of the answer. */
    locale: Locale;
    /** The client's address, for rate limits (never logged). */
    clientAddress: string;
    /** The template of the route that answers, as logs and metrics name it. */
    route: string;
    /** When the request arrived (`performance.now()`), for its duration. */
    startedAt: number;
    /** The admin token's name behind a moderation request (audit log). */
    moderator: string;
  };
}
