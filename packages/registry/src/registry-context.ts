import type { Manifesto } from '@plateformcoop/model';
import type { RegistryConfig } from './config/config.js';
import type { CounterService } from './counter/counter-service.js';
import type { CollectivityIndex } from './geo/collectivity-index.js';
import type { SigningKeys } from './keys/signing-keys.js';
import type { MailService } from './mail/mail-service.js';
import type { Logger } from './observability/logger.js';
import type { RegistryMetrics } from './observability/metrics.js';
import type { PlatformDirectory } from './platforms/platform-directory.js';
import type { Store } from './store/store.js';

/** Everything a route or a workflow needs, built once by `createRegistry`. */
export interface RegistryContext {
  config: RegistryConfig;
  store: Store;
  counters: CounterService;
  mail: MailService;
  keys: SigningKeys;
  platforms: PlatformDirectory;
  /** The official list of collectivities, built on first use. */
  geo: () => CollectivityIndex;
  /** HMAC secret of link tokens. */
  tokenSecret: string;
  /** HMAC secret of proof-of-work challenges (derived apart from the token secret). */
  challengeSecret: string;
  manifestos: ReadonlyMap<string, Manifesto>;
  /** Operational log lines (written by `logger` at `info`): never an address, a name or a token. */
  log: (line: string) => void;
  /** One line per request and event, as `LOG_FORMAT` says; scrubbed of addresses and tokens. */
  logger: Logger;
  /** The figures `GET /metrics` serves. */
  metrics: RegistryMetrics;
  now: () => Date;
}
