import type { Kysely, Selectable } from 'kysely';
import type { Database, PlatformTable } from './schema.js';

export type PlatformRow = Selectable<PlatformTable>;

/** Known platforms and their signing status. */
export class PlatformStore {
  constructor(private readonly db: Kysely<Database>) {}

  async all(): Promise<PlatformRow[]> {
    return this.db.selectFrom('platforms').selectAll().orderBy('slug').execute();
  }

  async bySlug(slug: string): Promise<PlatformRow | undefined> {
    return this.db.selectFrom('platforms').selectAll().where('slug', '=', slug).executeTakeFirst();
  }

  async bySiren(siren: string): Promise<PlatformRow | undefined> {
    return this.db
      .selectFrom('platforms')
      .selectAll()
      .where('siren', '=', siren)
      .executeTakeFirst();
  }

  async byDomain(domain: string): Promise<PlatformRow | undefined> {
    return this.db
      .selectFrom('platforms')
      .selectAll()
      .where('domain', '=', domain)
      .executeTakeFirst();
  }

  async bySignature(signatureId: string): Promise<PlatformRow | undefined> {
    return this.db
      .selectFrom('platforms')
      .selectAll()
      .where('signature_id', '=', signatureId)
      .executeTakeFirst();
  }

  /** Inserts a platform, or refreshes a reference platform's description (keeps its status). */
  async upsert(row: PlatformRow): Promise<void> {
    await this.db
      .insertInto('platforms')
      .values(row)
      .onConflict((oc) =>
        oc.column('slug').doUpdateSet({ data: row.data, siren: row.siren, domain: row.domain }),
      )
      .execute();
  }

  async insertIfAbsent(row: PlatformRow): Promise<boolean> {
    const inserted = await this.db
      .insertInto('platforms')
      .values(row)
      .onConflict((oc) => oc.column('slug').doNothing())
      .returning('slug')
      .executeTakeFirst();
    return inserted !== undefined;
  }

  async setSignature(
    slug: string,
    signatureId: string | null,
    signedAt: string | null,
  ): Promise<void> {
    await this.db
      .updateTable('platforms')
      .set({ signature_id: signatureId, signed_at: signedAt })
      .where('slug', '=', slug)
      .execute();
  }
}
