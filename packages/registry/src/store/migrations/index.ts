import type { Migration } from 'kysely';
import * as initial from './001-initial.js';
import * as moderationConsole from './002-moderation-console.js';
import * as mailOutbox from './003-mail-outbox.js';
import * as counterTotals from './004-counter-totals.js';
import * as rateLimits from './005-rate-limits.js';

/** Every migration, by name; names sort in the order they run. Forward-only. */
export const migrations: Record<string, Migration> = {
  '001-initial': initial,
  '002-moderation-console': moderationConsole,
  '003-mail-outbox': mailOutbox,
  '004-counter-totals': counterTotals,
  '005-rate-limits': rateLimits,
};
