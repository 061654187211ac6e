import { sql } from 'kysely';
import { AdminTokenStore } from './admin-token-store.js';
import { AuditLogStore } from './audit-log-store.js';
import { CampaignStatsStore } from './campaign-stats-store.js';
import { ChallengeStore } from './challenge-store.js';
import { CounterTotalsStore } from './counter-totals-store.js';
import { type DatabaseHandle, type OpenDatabaseOptions, openDatabase } from './database.js';
import { MailLogStore } from './mail-log-store.js';
import { MailOutboxStore } from './mail-outbox-store.js';
import { migrateToLatest } from './migrate.js';
import { ModerationSearchStore } from './moderation-search-store.js';
import { PlatformStore } from './platform-store.js';
import { DatabaseRateLimitStore } from './rate-limit-store.js';
import { SignatureStore } from './signature-store.js';

/** The registry's storage: one database, one repository per concern. */
export interface Store {
  handle: DatabaseHandle;
  signatures: SignatureStore;
  challenges: ChallengeStore;
  mailLog: MailLogStore;
  mailOutbox: MailOutboxStore;
  counterTotals: CounterTotalsStore;
  rateLimits: DatabaseRateLimitStore;
  platforms: PlatformStore;
  adminTokens: AdminTokenStore;
  auditLog: AuditLogStore;
  moderationSearch: ModerationSearchStore;
  campaignStats: CampaignStatsStore;
  /** Runs `work` in one transaction (one commit, all or nothing). */
  transaction<T>(
    work: (tx: {
      signatures: SignatureStore;
      challenges: ChallengeStore;
      auditLog: AuditLogStore;
      mailLog: MailLogStore;
      mailOutbox: MailOutboxStore;
      counterTotals: CounterTotalsStore;
    }) => Promise<T>,
  ): Promise<T>;
  /** PostgreSQL: the schema the registry works in. */
  currentSchema(): Promise<string>;
  close(): Promise<void>;
}

/** Opens the database, runs pending migrations, and returns the repositories. */
export async function openStore(
  url: string,
  options: OpenDatabaseOptions & { migrate?: boolean } = {},
): Promise<Store> {
  const handle = await openDatabase(url, options);
  if (options.migrate !== false) await migrateToLatest(handle.db, handle.kind);
  return {
    handle,
    signatures: new SignatureStore(handle.db),
    challenges: new ChallengeStore(handle.db),
    mailLog: new MailLogStore(handle.db),
    mailOutbox: new MailOutboxStore(handle.db, handle.kind),
    counterTotals: new CounterTotalsStore(handle.db),
    rateLimits: new DatabaseRateLimitStore(handle.db),
    platforms: new PlatformStore(handle.db),
    adminTokens: new AdminTokenStore(handle.db),
    auditLog: new AuditLogStore(handle.db),
    moderationSearch: new ModerationSearchStore(handle.db),
    campaignStats: new CampaignStatsStore(handle.db),
    transaction: (work) =>
      handle.db.transaction().execute((trx) =>
        work({
          signatures: new SignatureStore(trx),
          challenges: new ChallengeStore(trx),
          auditLog: new AuditLogStore(trx),
          mailLog: new MailLogStore(trx),
          mailOutbox: new MailOutboxStore(trx, handle.kind),
          counterTotals: new CounterTotalsStore(trx),
        }),
      ),
    currentSchema: async () =>
      (await sql<{ schema: string }>`select current_schema() as schema`.execute(handle.db)).rows[0]
        ?.schema ?? 'public',
    close: () => handle.db.destroy(),
  };
}
