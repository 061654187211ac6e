import type { HttpBindings } from '@hono/node-server';
import type { Locale } from '@plateformcoop/model';
import type { HeaderRecord } from './middleware/default-headers.js';

/** What middleware hands to routes through the Hono context. */
export interface AppEnv {
  Bindings: Partial<HttpBindings>;
  Variables: {
    /** The security and CORS headers every answer to this request carries unless its route sets its own. */
    defaultHeaders: HeaderRecord;
    /** The parsed JSON body of a POST. */
    body: unknown;
    /** The language of the answer. */
    locale: Locale;
    /** The client's address, for rate limits (never logged). */
    clientAddress: string;
    /** The admin token's name behind a moderation request (audit log). */
    moderator: string;
  };
}
