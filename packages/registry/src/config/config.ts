import { isAbsolute, join, resolve } from 'node:path';

import { SIGNATORY_KINDS, type SignatoryKind } from '@plateformcoop/model';

/** Everything the registry reads from its environment, with the defaults applied. */
export interface RegistryConfig {
  host: string;
  port: number;
  publicUrl: string;
  /** Folder for the embedded database, the outbox, the secret and the signing key. */
  dataDir: string;
  databaseUrl: string;
  mailUrl: string;
  mailFrom: string;
  adminToken: string | undefined;
  /** HMAC secret; `undefined` means "read or create `<dataDir>/registry-secret`". */
  secret: string | undefined;
  signingKeyFile: string;
  /** `'*'` lets any origin read; otherwise the exact origins allowed. */
  corsOrigins: '*' | string[];
  rateLimitPerHour: number;
  powCost: number;
  /** Kinds of signatory a moderator publishes after confirmation (`MODERATION_POLICY`). */
  moderatedKinds: SignatoryKind[];
  /** Trust `X-Forwarded-For` from a reverse proxy to find the client's address. */
  trustProxy: boolean;
  /** Hours a confirmation link stays valid. */
  confirmationTtlHours: number;
  /** Days before a never-confirmed signature is erased. */
  pendingRetentionDays: number;
  /** Mails one address may receive per day. */
  mailsPerAddressPerDay: number;
  /** Seconds between two rereads of every counter (a lost notification waits that long); 0: never. */
  counterResyncSeconds: number;
  /** Seconds before a failed mail's first retry (doubled at each failure, up to an hour). */
  mailRetrySeconds: number;
  /** Largest JSON body accepted, in bytes. */
  bodyLimitBytes: number;
  /** Goal shown by the counters, if any. */
  goal: number | undefined;
  /** Folder of the widgets' browser bundle served at /widgets/, when present. */
  widgetsDir: string | undefined;
  /**
   * The campaign's name, as its widgets and pages say it (`CAMPAIGN_NAME`, « PlateformCoop »):
   * at the top of its mails and link pages, and in their words (« le manifeste PlateformCoop »).
   */
  campaignName: string;
}

export type Environment = Record<string, string | undefined>;

function integer(env: Environment, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be an integer >= ${min} (got "${raw}")`);
  }
  return value;
}

/** `none`, or a comma-separated list of signatory kinds. */
function kinds(env: Environment, name: string, fallback: SignatoryKind[]): SignatoryKind[] {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'none') return [];
  const list = raw.split(',').map((k) => k.trim());
  for (const kind of list) {
    if (!(SIGNATORY_KINDS as readonly string[]).includes(kind)) {
      throw new Error(
        `${name} must be "none" or a comma-separated list of ${SIGNATORY_KINDS.join(', ')} (got "${raw}")`,
      );
    }
  }
  return list as SignatoryKind[];
}

function flag(env: Environment, name: string): boolean {
  return ['1', 'true', 'yes'].includes((env[name] ?? '').toLowerCase());
}

/** Reads the configuration from environment variables; throws a readable error on bad values. */
export function loadConfig(env: Environment = process.env, cwd = process.cwd()): RegistryConfig {
  const host = env.HOST || '127.0.0.1';
  const port = integer(env, 'PORT', 8787);
  const dataDir = resolve(cwd, env.DATA_DIR || './data');
  const inData = (file: string) => join(dataDir, file);
  const origins = (env.CORS_ORIGINS ?? '*').trim();
  const widgetsDir = env.WIDGETS_DIR ? resolve(cwd, env.WIDGETS_DIR) : undefined;
  return {
    host,
    port,
    publicUrl: (
      env.PUBLIC_URL || `http://${host.includes(':') ? `[${host}]` : host}:${port}`
    ).replace(/\/+$/, ''),
    dataDir,
    databaseUrl: env.DATABASE_URL || inData('registry.sqlite'),
    mailUrl: env.MAIL_URL || `file:${inData('outbox')}`,
    mailFrom: env.MAIL_FROM || 'PlateformCoop <no-reply@plateformcoop.localhost>',
    adminToken: env.ADMIN_TOKEN || undefined,
    secret: env.REGISTRY_SECRET || undefined,
    signingKeyFile: env.SIGNING_KEY_FILE
      ? isAbsolute(env.SIGNING_KEY_FILE)
        ? env.SIGNING_KEY_FILE
        : resolve(cwd, env.SIGNING_KEY_FILE)
      : inData('signing-key.json'),
    corsOrigins:
      origins === '' || origins === '*'
        ? '*'
        : origins
            .split(',')
            .map((o) => o.trim().replace(/\/+$/, ''))
            .filter(Boolean),
    rateLimitPerHour: integer(env, 'RATE_LIMIT_PER_HOUR', 60),
    powCost: integer(env, 'POW_COST', 100, 1),
    moderatedKinds: kinds(env, 'MODERATION_POLICY', ['collectivity']),
    trustProxy: flag(env, 'TRUST_PROXY'),
    confirmationTtlHours: integer(env, 'CONFIRMATION_TTL_HOURS', 72, 1),
    pendingRetentionDays: integer(env, 'PENDING_RETENTION_DAYS', 7, 1),
    mailsPerAddressPerDay: integer(env, 'MAILS_PER_ADDRESS_PER_DAY', 5, 1),
    mailRetrySeconds: integer(env, 'MAIL_RETRY_SECONDS', 30, 1),
    counterResyncSeconds: integer(env, 'COUNTER_RESYNC_SECONDS', 2),
    bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 32 * 1024, 1024),
    goal: env.COUNTER_GOAL ? integer(env, 'COUNTER_GOAL', 0, 1) : undefined,
    widgetsDir,
    campaignName: env.CAMPAIGN_NAME?.trim() || 'PlateformCoop',
  };
}
