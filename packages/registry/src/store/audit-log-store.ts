import { randomBytes } from 'node:crypto';
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, SignatureEventTable } from './schema.js';

export type SignatureEventRow = Selectable<SignatureEventTable>;
export type NewSignatureEvent = Omit<Insertable<SignatureEventTable>, 'id'>;

let sequence = 0;
/**
 * Ids that sort in the order events were recorded (wall clock, then a per-process sequence), so
 * that a history keeps its order even when two changes share a timestamp.
 */
function eventId(): string {
  sequence = (sequence + 1) % 1_000_000;
  return `${Date.now().toString(36).padStart(9, '0')}-${sequence.toString(36).padStart(4, '0')}-${randomBytes(6).toString('hex')}`;
}

/** The audit log of status changes: append-only (nothing here updates or deletes). */
export class AuditLogStore {
  constructor(private readonly db: Kysely<Database>) {}

  async record(event: NewSignatureEvent): Promise<void> {
    await this.db
      .insertInto('signature_events')
      .values({ ...event, id: eventId() })
      .execute();
  }

  /** A signature's history, oldest first. */
  async ofSignature(signatureId: string): Promise<SignatureEventRow[]> {
    return this.db
      .selectFrom('signature_events')
      .selectAll()
      .where('signature_id', '=', signatureId)
      .orderBy('at')
      .orderBy('id')
      .execute();
  }
}
