import type { Kysely } from 'kysely';
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
