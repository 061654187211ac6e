import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.js';

/** Mails sent per keyed address hash, for the daily cap (no address is stored). */
export class MailLogStore {
  constructor(private readonly db: Kysely<Database>) {}

  async countSince(addressHash: string, since: string): Promise<number> {
    const row = await this.db
      .selectFrom('mail_log')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('address_hash', '=', addressHash)
      .where('sent_at', '>=', since)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /**
   * Records a mail unless the address already had `cap` since `since`, in one statement; returns
   * whether it was recorded (and so may be sent).
   */
  async recordWithinCap(
    addressHash: string,
    at: string,
    since: string,
    cap: number,
  ): Promise<boolean> {
    const result = await sql`
      insert into mail_log (address_hash, sent_at)
      select cast(${addressHash} as varchar(64)), cast(${at} as varchar(32))
      where (select count(*) from mail_log where address_hash = ${addressHash} and sent_at >= ${since}) < ${cap}
    `.execute(this.db);
    return Number(result.numAffectedRows ?? 0) === 1;
  }

  async record(addressHash: string, at: string): Promise<void> {
    await this.db
      .insertInto('mail_log')
      .values({ address_hash: addressHash, sent_at: at })
      .execute();
  }

  async prune(before: string): Promise<number> {
    const result = await this.db
      .deleteFrom('mail_log')
      .where('sent_at', '<', before)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
