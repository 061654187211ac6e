import { SignatureStatus } from '@plateformcoop/model';
import { z } from 'zod';
import type { SignatureEventRow } from '../store/audit-log-store.js';

/** One line of a signature's history (every status change), as the console shows it. */
export const HistoryEntry = z
  .object({
    from: SignatureStatus,
    to: SignatureStatus,
    actorKind: z.enum(['signer', 'moderator', 'system']),
    actor: z
      .string()
      .describe('`signer`, the admin token’s name, or `retention` / `anonymize` for the system'),
    reason: z.string().nullable().describe('The reason a moderator gave, if any'),
    at: z.string().describe('UTC instant'),
  })
  .meta({ id: 'HistoryEntry' });
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** A signature's history from its audit log, oldest first. */
export function historyOf(events: readonly SignatureEventRow[]): HistoryEntry[] {
  return events.map((e) => ({
    from: e.from_status as HistoryEntry['from'],
    to: e.to_status as HistoryEntry['to'],
    actorKind: e.actor_kind,
    actor: e.actor_name,
    reason: e.reason,
    at: e.at,
  }));
}
