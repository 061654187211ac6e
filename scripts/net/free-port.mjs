import { createServer } from 'node:net';

// A TCP port on 127.0.0.1 for the servers that tests, benches, the demo's start and CI's
// scripts run. The one copy for the whole repository, in plain JavaScript (its types in
// free-port.d.mts) so that plain Node scripts import it as TypeScript does: packages and apps
// import it by its path, as they do `vitest.shared.ts`.

/** A TCP port on 127.0.0.1 that nothing listens on right now (the OS picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** Whether `port` can be listened on, on 127.0.0.1. */
export function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
