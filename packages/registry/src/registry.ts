import { createHmac } from 'node:crypto';
import type { Manifesto } from '@plateformcoop/model';
import type { Hono } from 'hono';
import {
  checkAdminToken,
  type Environment,
  loadConfig,
  type RegistryConfig,
} from './config/config.js';
import { goalOf } from './config/manifesto-campaign.js';
import { servedManifestos } from './config/manifesto-definitions.js';
import { ensurePrivateFolder } from './config/private-files.js';
import { type ChangeNotifier, postgresChangeNotifier } from './counter/change-notifier.js';
import { CounterService } from './counter/counter-service.js';
import { collectivityIndex } from './geo/collectivity-index.js';
import { createApp } from './http/app.js';
import type { AppEnv } from './http/app-env.js';
import { registrySecret } from './keys/registry-secret.js';
import { SigningKeys } from './keys/signing-keys.js';
import { MailService } from './mail/mail-service.js';
import type { Mailer } from './mail/mailer.js';
import { OutboxWorker, type OutboxWorkerOptions } from './mail/outbox-worker.js';
import { createThreadedMailer } from './mail/worker-mailer.js';
import { createLogger, flushLogger } from './observability/logger.js';
import { RegistryMetrics } from './observability/metrics.js';
import { PlatformDirectory } from './platforms/platform-directory.js';
import { anonymizeManifesto } from './privacy/anonymize.js';
import { applyRetention, type RetentionReport } from './privacy/retention.js';
import type { RegistryContext } from './registry-context.js';
import { isoNow } from './signatures/signature-row.js';
import { openStore, type Store } from './store/store.js';
import { REGISTRY_VERSION } from './version.js';

export interface RegistryOptions {
  /** Settings that win over the environment. */
  config?: Partial<RegistryConfig>;
  /** The environment to read (`process.env` by default). */
  env?: Environment;
  /** PostgreSQL only: the schema to use (tests). */
  pgSchema?: string;
  /** A mail transport instead of the one `MAIL_URL` names. */
  mailer?: Mailer;
  /** The manifestos served (the reference ones and those of `MANIFESTOS_DIR` by default). */
  manifestos?: readonly Manifesto[];
  /** The mail worker's timings (tests of retries). */
  outbox?: OutboxWorkerOptions;
  /**
   * Where the log's finished lines go (formatted as `LOG_FORMAT` says; never an address or a
   * token); standard output by default.
   */
  log?: (line: string) => void;
  /** The clock, for tests of expiry and retention. */
  now?: () => Date;
}

/** A running registry: a standard fetch handler plus what the CLI and tests drive. */
export interface Registry {
  /**
   * The Fetch API handler, for any runtime adapter. It answers synchronously when it can (the
   * counter), which `@hono/node-server` writes without a promise.
   */
  fetch: (request: Request, env?: unknown) => Response | Promise<Response>;
  app: Hono<AppEnv>;
  config: RegistryConfig;
  context: RegistryContext;
  /** Applies the privacy rules now (the `retention` command). */
  retention(): Promise<RetentionReport>;
  /** Strips personal data from a closed campaign (the `anonymize` command). */
  anonymize(manifestoId: string): Promise<number>;
  /** Runs retention now and then every day, until `close()`. */
  startMaintenance(intervalMs?: number): void;
  /** Resolves once queued mails are handed to the transport. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** Derives a purpose-bound secret, so that a challenge's MAC can never pass for a token's. */
function derive(secret: string, purpose: string): string {
  return createHmac('sha256', secret).update(purpose).digest('base64url');
}

/**
 * Builds a registry: opens the database (running migrations), loads or creates the secret and
 * the signing key, seeds the reference platforms, and assembles the HTTP application.
 */
export async function createRegistry(options: RegistryOptions = {}): Promise<Registry> {
  const config: RegistryConfig = { ...loadConfig(options.env ?? process.env), ...options.config };
  checkAdminToken(config.adminToken);
  // Its database, outbox, secret and keys hold personal data and live tokens (0700, files 0600).
  ensurePrivateFolder(config.dataDir);
  const logger = createLogger({
    format: config.logFormat,
    level: config.logLevel,
    ...(options.log ? { write: options.log } : {}),
  });
  const log = (line: string) => logger.info(line);
  const now = options.now ?? (() => new Date());
  // A broken definition stops the start here, naming its file and field, before anything opens.
  const manifestos = new Map(
    (options.manifestos ?? (await servedManifestos(config.manifestosDir))).map((m) => [m.id, m]),
  );
  const secret = registrySecret(config.secret, config.dataDir);
  const store: Store = await openStore(
    config.databaseUrl,
    options.pgSchema ? { pgSchema: options.pgSchema } : {},
  );
  try {
    const keys = await SigningKeys.open(config.signingKeyFile);
    const mailer = options.mailer ?? createThreadedMailer(config.mailUrl, config.mailFrom, log);
    const counters = new CounterService(
      store.counterTotals,
      (id) => goalOf(config, manifestos.get(id)),
      log,
    );
    const metrics = new RegistryMetrics(() => counters.openStreams());
    const outbox = new OutboxWorker(store.mailOutbox, mailer, log, {
      baseDelayMs: config.mailRetrySeconds * 1000,
      from: config.mailFrom,
      metrics,
      ...options.outbox,
    });
    const mail = new MailService(
      store,
      outbox,
      derive(secret, 'mail-cap'),
      config.mailsPerAddressPerDay,
      metrics,
    );
    const platforms = new PlatformDirectory(store.platforms);
    await platforms.seedReference(isoNow(now()));
    const context: RegistryContext = {
      config,
      store,
      counters,
      mail,
      keys,
      platforms,
      geo: collectivityIndex,
      tokenSecret: derive(secret, 'link-tokens'),
      challengeSecret: derive(secret, 'proof-of-work'),
      manifestos,
      log,
      logger,
      metrics,
      now,
    };
    for (const id of context.manifestos.keys()) await context.counters.get(id);
    context.counters.startResync(config.counterResyncSeconds * 1000);
    let notifier: ChangeNotifier | undefined;
    if (store.handle.kind === 'postgres') {
      const schema = await store.currentSchema();
      notifier = await postgresChangeNotifier(
        config.databaseUrl,
        schema,
        store.handle.db,
        (manifestoId) => void context.counters.refresh(manifestoId).catch(() => undefined),
        log,
        { onReconnect: () => void context.counters.refreshAll().catch(() => undefined) },
      );
      context.counters.useNotifier(notifier);
    }
    outbox.start();
    const app = createApp(context, REGISTRY_VERSION);
    let timer: NodeJS.Timeout | undefined;
    const retention = () => applyRetention(context);
    return {
      fetch: (request, env) => app.fetch(request, env as AppEnv['Bindings']),
      app,
      config,
      context,
      retention,
      anonymize: (manifestoId) => anonymizeManifesto(context, manifestoId),
      startMaintenance(intervalMs = 86_400_000) {
        const run = () =>
          retention().then(
            (r) =>
              logger.info(
                { event: 'retention', ...r },
                `retention: ${r.expired} expired, ${r.erased} erased, ${r.pruned} pruned`,
              ),
            (e: unknown) => logger.error({ event: 'retention', err: e }, 'retention failed'),
          );
        void run();
        timer = setInterval(run, intervalMs);
        timer.unref();
      },
      idle: () => mail.idle(),
      async close() {
        if (timer) clearInterval(timer);
        await mail.idle().catch(() => undefined);
        await outbox.stop();
        context.counters.stop();
        mailer.close();
        await notifier?.close();
        await store.close();
        await flushLogger(logger);
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
