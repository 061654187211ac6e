import { type Kysely, sql, type Transaction } from 'kysely';
import type { DatabaseKind } from './database.js';
import type { Database } from './schema.js';

/** A mail due for delivery, as the worker sees it. */
export interface DueMail {
  id: string;
  /** The message as JSON. */
  message: string;
  /** Attempts made before this one. */
  attempts: number;
  created_at: string;
}

/** What the worker does with a claimed mail once its attempt is over. */
export interface MailSettlement {
  sent(id: string, at: string): Promise<void>;
  retry(id: string, at: string, next: string, error: string): Promise<void>;
  failed(id: string, at: string, error: string): Promise<void>;
}

/** The outbox's rows: written with the change that causes a mail, drained by the mail worker. */
export class MailOutboxStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly kind: DatabaseKind,
  ) {}

  /** Whether several claims may run at once (row locks), or one at a time (SQLite). */
  get concurrentClaims(): boolean {
    return this.kind === 'postgres';
  }

  async enqueue(id: string, message: string, at: string): Promise<void> {
    await this.db
      .insertInto('mail_outbox')
      .values({
        id,
        status: 'waiting',
        message,
        attempts: 0,
        next_attempt_at: at,
        created_at: at,
        settled_at: null,
        last_error: null,
      })
      .execute();
  }

  /**
   * Hands one due mail (not among `excluding`, those this process is sending) to `work` with the
   * means to settle it; resolves to whether there was one. On PostgreSQL the row stays locked
   * (`FOR UPDATE SKIP LOCKED`) in one transaction until it is settled: other processes take other
   * rows, a process that dies mid-way releases its row at once, and a sent mail is marked in the
   * same breath. On SQLite the one process reads it without a lock (a transaction held across an
   * SMTP exchange would stop every other writer).
   */
  async withDue(
    now: string,
    excluding: readonly string[],
    work: (mail: DueMail, settle: MailSettlement) => Promise<void>,
  ): Promise<boolean> {
    const run = async (db: Kysely<Database> | Transaction<Database>) => {
      let query = db
        .selectFrom('mail_outbox')
        .select(['id', 'message', 'attempts', 'created_at'])
        .where('status', '=', 'waiting')
        .where('next_attempt_at', '<=', now)
        .orderBy('next_attempt_at')
        .limit(1);
      if (excluding.length) query = query.where('id', 'not in', excluding);
      if (this.kind === 'postgres') query = query.forUpdate().skipLocked();
      const row = await query.executeTakeFirst();
      if (!row) return false;
      if (row.message === null) await settlement(db).failed(row.id, now, 'no message');
      else await work(row as DueMail, settlement(db));
      return true;
    };
    if (this.kind === 'postgres') return this.db.transaction().execute(run);
    return run(this.db);
  }

  /** Mails waiting (including those waiting for a retry) and mails given up, for the console. */
  async counts(): Promise<{ waiting: number; failed: number; retrying: number }> {
    const rows = await this.db
      .selectFrom('mail_outbox')
      .select((eb) => [
        'status',
        eb.fn.countAll().as('n'),
        sql<number>`sum(case when attempts > 0 then 1 else 0 end)`.as('retrying'),
      ])
      .where('status', 'in', ['waiting', 'failed'])
      .groupBy('status')
      .execute();
    const of = (status: string) => rows.find((r) => r.status === status);
    return {
      waiting: Number(of('waiting')?.n ?? 0),
      retrying: Number(of('waiting')?.retrying ?? 0),
      failed: Number(of('failed')?.n ?? 0),
    };
  }

  /** Forgets settled mails (sent or failed) settled before `before`. */
  async prune(before: string): Promise<number> {
    const result = await this.db
      .deleteFrom('mail_outbox')
      .where('status', 'in', ['sent', 'failed'])
      .where('settled_at', '<', before)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

function settlement(db: Kysely<Database> | Transaction<Database>): MailSettlement {
  return {
    async sent(id, at) {
      await db
        .updateTable('mail_outbox')
        .set((eb) => ({
          status: 'sent',
          message: null,
          settled_at: at,
          last_error: null,
          attempts: eb('attempts', '+', 1),
        }))
        .where('id', '=', id)
        .execute();
    },
    async retry(id, _at, next, error) {
      await db
        .updateTable('mail_outbox')
        .set((eb) => ({
          next_attempt_at: next,
          last_error: error,
          attempts: eb('attempts', '+', 1),
        }))
        .where('id', '=', id)
        .execute();
    },
    async failed(id, at, error) {
      await db
        .updateTable('mail_outbox')
        .set((eb) => ({
          status: 'failed',
          message: null,
          settled_at: at,
          last_error: error,
          attempts: eb('attempts', '+', 1),
        }))
        .where('id', '=', id)
        .execute();
    },
  };
}
