import type { Kysely, Selectable } from 'kysely';
import type { AdminTokenTable, Database } from './schema.js';

export type AdminTokenRow = Selectable<AdminTokenTable>;

/** Storage of named moderators' tokens (hashes only). */
export class AdminTokenStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Adds a name, or gives a revoked name a new token. Returns `false` when the name is active. */
  async add(name: string, tokenHash: string, now: string): Promise<boolean> {
    const existing = await this.db
      .selectFrom('admin_tokens')
      .selectAll()
      .where('name', '=', name)
      .executeTakeFirst();
    if (existing && existing.revoked_at === null) return false;
    if (existing) {
      const result = await this.db
        .updateTable('admin_tokens')
        .set({ token_hash: tokenHash, created_at: now, revoked_at: null })
        .where('name', '=', name)
        .where('revoked_at', 'is not', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    }
    const inserted = await this.db
      .insertInto('admin_tokens')
      .values({ name, token_hash: tokenHash, created_at: now, revoked_at: null })
      .onConflict((oc) => oc.column('name').doNothing())
      .returning('name')
      .executeTakeFirst();
    return inserted !== undefined;
  }

  /** Revokes an active name; `false` when there is none. */
  async revoke(name: string, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('admin_tokens')
      .set({ revoked_at: now })
      .where('name', '=', name)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async list(): Promise<AdminTokenRow[]> {
    return this.db.selectFrom('admin_tokens').selectAll().orderBy('name').execute();
  }

  async active(): Promise<Pick<AdminTokenRow, 'name' | 'token_hash'>[]> {
    return this.db
      .selectFrom('admin_tokens')
      .select(['name', 'token_hash'])
      .where('revoked_at', 'is', null)
      .execute();
  }
}
