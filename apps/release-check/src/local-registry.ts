import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { freePort } from '../../../scripts/net/free-port.mjs';
import { type BackgroundProcess, startBackground } from './background-process.ts';
import { waitForHttp } from './wait-for-http.ts';

/** A private npm registry (Verdaccio) running on 127.0.0.1 for one test run. */
export interface LocalRegistry {
  url: string;
  /** An npmrc that authenticates against it, for `NPM_CONFIG_USERCONFIG` when publishing. */
  publisherNpmrc: string;
  process: BackgroundProcess;
  stop(): Promise<void>;
}

/**
 * Our scope is served from local storage only and never proxied, so that nothing of ours can
 * come from the public registry; every other package is proxied from it (and cached here).
 */
function verdaccioConfig(storage: string, htpasswd: string, uplink: string): string {
  return `storage: ${JSON.stringify(storage)}
auth:
  htpasswd:
    file: ${JSON.stringify(htpasswd)}
    max_users: 10
uplinks:
  npmjs:
    url: ${JSON.stringify(uplink)}
    # Some packuments (@types/node) are megabytes: patient, and a slow answer never takes the
    # uplink offline for the rest of the run.
    timeout: 300s
    max_fails: 100
    fail_timeout: 5s
    maxage: 30m
packages:
  '@plateformcoop/*':
    access: $all
    publish: $authenticated
    unpublish: $authenticated
  '**':
    access: $all
    publish: $authenticated
    proxy: npmjs
web:
  enable: false
log: { type: stdout, format: pretty, level: warn }
`;
}

/**
 * Starts Verdaccio with its config and storage in `folder`, on a free port of 127.0.0.1, and
 * registers a publisher. Third-party packages come from `uplink` (the npm registry the machine
 * is configured with), reached with the certificates of `cafile` when npm has one.
 */
export async function startLocalRegistry(
  folder: string,
  uplink: string,
  cafile?: string,
): Promise<LocalRegistry> {
  mkdirSync(join(folder, 'storage'), { recursive: true });
  const configFile = join(folder, 'config.yaml');
  writeFileSync(
    configFile,
    verdaccioConfig(join(folder, 'storage'), join(folder, 'htpasswd'), uplink),
  );
  const verdaccioBin = createRequire(import.meta.url).resolve('verdaccio/bin/verdaccio');
  let lastError: unknown;
  // A free port can be taken between the probe and Verdaccio's listen: try again then.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/`;
    const server = startBackground(
      process.execPath,
      [verdaccioBin, '--config', configFile, '--listen', `127.0.0.1:${port}`],
      // Verdaccio trusts the certificates npm trusts on this machine (npm's `cafile`).
      { cwd: folder, env: cafile ? { ...process.env, NODE_EXTRA_CA_CERTS: cafile } : process.env },
    );
    try {
      await waitForHttp(`${url}-/ping`, 30_000, server.isRunning);
      const publisherNpmrc = join(folder, 'publisher.npmrc');
      writeFileSync(publisherNpmrc, `//127.0.0.1:${port}/:_authToken=${await addUser(url)}\n`);
      return { url, publisherNpmrc, process: server, stop: () => server.stop() };
    } catch (error) {
      lastError = new Error(`${String(error)}\n${server.output()}`);
      await server.stop();
    }
  }
  throw lastError;
}

/** Creates a user the way `npm adduser` does and returns its token. */
async function addUser(registryUrl: string): Promise<string> {
  const name = 'release-check';
  const response = await fetch(`${registryUrl}-/user/org.couchdb.user:${name}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password: `release-check-${Date.now()}` }),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || !body.token)
    throw new Error(`Verdaccio refused to add a user: ${JSON.stringify(body)}`);
  return body.token;
}
