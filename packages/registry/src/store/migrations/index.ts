import type { Migration } from 'kysely';
import * as initial from './001-initial.js';
import * as moderationConsole from './002-moderation-console.js';
import * as publishedKeyUnique from './003-published-key-unique.js';
import * as deliberations from './004-deliberations.js';
import * as mailOutbox from './005-mail-outbox.js';
import * as counterTotals from './006-counter-totals.js';
import * as rateLimits from './007-rate-limits.js';

/** Every migration, by name; names sort in the order they run. Forward-only. */
export const migrations: Record<string, Migration> = {
  '001-initial': initial,
  '002-moderation-console': moderationConsole,
  '003-published-key-unique': publishedKeyUnique,
  '004-deliberations': deliberations,
  '005-mail-outbox': mailOutbox,
  '006-counter-totals': counterTotals,
  '007-rate-limits': rateLimits,
};
