import { isAbsolute, join, resolve } from 'node:path';

import { SIGNATORY_KINDS, type SignatoryKind } from '@plateformcoop/model';
import { type OpenDataLicense, openDataLicense } from './open-data-license.js';
import { openFileLimit, streamsTotalFor } from './open-file-limit.js';

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
  /** Mails anybody can have sent to one address per day (not the owner's acknowledgements). */
  mailsPerAddressPerDay: number;
  /** Seconds between two rereads of every counter (a lost notification waits that long); 0: never. */
  counterResyncSeconds: number;
  /** Seconds before a failed mail's first retry (doubled at each failure, up to an hour). */
  mailRetrySeconds: number;
  /** Largest JSON body accepted, in bytes. */
  bodyLimitBytes: number;
  /** Counter streams one client address may hold open at once (`STREAMS_PER_CLIENT`). */
  streamsPerClient: number;
  /** Counter streams the process holds open at most: half its open-file limit. */
  streamsTotal: number;
  /** Goal shown by the counters, if any. */
  goal: number | undefined;
  /** Folder of the widgets' browser bundle served at /widgets/, when present. */
  widgetsDir: string | undefined;
  /**
   * The campaign's name, as its widgets and pages say it (`CAMPAIGN_NAME`, « PlateformCoop »):
   * at the top of its mails and link pages, and in their words (« le manifeste PlateformCoop »).
   */
  campaignName: string;
  /** `text` (one readable line per request and event) or `json` (`LOG_FORMAT`). */
  logFormat: 'text' | 'json';
  /** The least severe log level written (`LOG_LEVEL`, `info`: every request). */
  logLevel: LogLevel;
  /**
   * `host:port` of a second listener that answers `GET /metrics` only, without a token
   * (`METRICS_ADDRESS`), for a Prometheus on a private network; unset: metrics are read on the
   * main address with an admin token.
   */
  metricsAddress: { host: string; port: number } | undefined;
  /** The licence of the public open data (`OPEN_DATA_LICENSE`, Licence Ouverte 2.0 by default). */
  openDataLicense: OpenDataLicense;
  /**
   * Folder of manifesto definitions (`MANIFESTOS_DIR`): one JSON file per manifesto, served
   * beside the reference one (or instead of it, for a file with its id).
   */
  manifestosDir: string | undefined;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

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

function choice<T extends string>(
  env: Environment,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (!(allowed as readonly string[]).includes(raw))
    throw new Error(`${name} must be one of ${allowed.join(', ')} (got "${env[name]}")`);
  return raw as T;
}

/** `host:port`, `[v6]:port` or a bare port (on 127.0.0.1). */
function listenAddress(env: Environment, name: string): { host: string; port: number } | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const match = /^(?:(?:\[([^\]]+)\]|([^:[\]]+)):)?(\d{1,5})$/.exec(raw);
  const port = Number(match?.[3]);
  if (!match || port > 65_535)
    throw new Error(`${name} must be host:port, such as 127.0.0.1:9464 (got "${raw}")`);
  return { host: match[1] ?? match[2] ?? '127.0.0.1', port };
}

function flag(env: Environment, name: string): boolean {
  return ['1', 'true', 'yes'].includes((env[name] ?? '').toLowerCase());
}

/** The shortest admin token accepted: 32 characters (`openssl rand -base64 32` gives 44). */
export const MIN_ADMIN_TOKEN_LENGTH = 32;

/**
 * Refuses a guessable admin token: a short one falls to a loop of guesses (an outside review
 * found `1234` in 1,235 requests). `variable` names where it came from, for the error.
 */
export function checkAdminToken(token: string | undefined, variable = 'ADMIN_TOKEN'): void {
  if (token === undefined || token.length >= MIN_ADMIN_TOKEN_LENGTH) return;
  throw new Error(
    `${variable} is ${token.length} characters long; it needs at least ${MIN_ADMIN_TOKEN_LENGTH}. Generate one with \`openssl rand -base64 32\`, or leave ${variable} unset and create named tokens with \`plateformcoop-registry admins add <name>\``,
  );
}

/** Reads the configuration from environment variables; throws a readable error on bad values. */
export function loadConfig(env: Environment = process.env, cwd = process.cwd()): RegistryConfig {
  const host = env.HOST || '127.0.0.1';
  const port = integer(env, 'PORT', 8787);
  const dataDir = resolve(cwd, env.DATA_DIR || './data');
  const inData = (file: string) => join(dataDir, file);
  const origins = (env.CORS_ORIGINS ?? '*').trim();
  const widgetsDir = env.WIDGETS_DIR ? resolve(cwd, env.WIDGETS_DIR) : undefined;
  checkAdminToken(env.ADMIN_TOKEN || undefined);
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
    mailsPerAddressPerDay: integer(env, 'MAILS_PER_ADDRESS_PER_DAY', 3, 1),
    mailRetrySeconds: integer(env, 'MAIL_RETRY_SECONDS', 30, 1),
    counterResyncSeconds: integer(env, 'COUNTER_RESYNC_SECONDS', 2),
    bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 32 * 1024, 1024),
    streamsPerClient: integer(env, 'STREAMS_PER_CLIENT', 20, 1),
    streamsTotal: streamsTotalFor(openFileLimit()),
    goal: env.COUNTER_GOAL ? integer(env, 'COUNTER_GOAL', 0, 1) : undefined,
    widgetsDir,
    campaignName: env.CAMPAIGN_NAME?.trim() || 'PlateformCoop',
    logFormat: choice(env, 'LOG_FORMAT', ['text', 'json'], 'text'),
    logLevel: choice(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    metricsAddress: listenAddress(env, 'METRICS_ADDRESS'),
    openDataLicense: openDataLicense(env.OPEN_DATA_LICENSE),
    manifestosDir: env.MANIFESTOS_DIR ? resolve(cwd, env.MANIFESTOS_DIR) : undefined,
  };
}
