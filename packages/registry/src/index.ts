/**
 * @plateformcoop/registry: the PlateformCoop signature registry as a library. `createRegistry`
 * returns a standard fetch handler; the `plateformcoop-registry` CLI serves it with Node.
 */
export { type Environment, loadConfig, type RegistryConfig } from './config/config.js';
export { CollectivityIndex, collectivityIndex } from './geo/collectivity-index.js';
export { createMailer, type Mailer, type MailMessage } from './mail/mailer.js';
export { createRegistry, type Registry, type RegistryOptions } from './registry.js';
export { serveRegistry } from './serve.js';
export { openStore, type Store } from './store/store.js';
export { REGISTRY_VERSION } from './version.js';
