import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** Spent proofs of work: a primary key makes "accepted once" hold under any concurrency. */
export class ChallengeStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Marks a challenge spent; `false` when it already was. */
  async spend(id: string, expiresAt: string): Promise<boolean> {
    const row = await this.db
      .insertInto('used_challenges')
      .values({ id, expires_at: expiresAt })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Forgets challenges that expired: they are refused by their expiry anyway. */
  async prune(now: string): Promise<number> {
    const result = await this.db
      .deleteFrom('used_challenges')
      .where('expires_at', '<', now)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
