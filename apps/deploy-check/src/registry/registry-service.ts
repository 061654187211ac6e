import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The `plateformcoop-registry` bin of the installed `@plateformcoop/registry`. */
export function registryBin(): string {
  const manifest = createRequire(import.meta.url).resolve('@plateformcoop/registry/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> };
  return join(dirname(manifest), bin['plateformcoop-registry']!);
}

export interface RegistryService {
  /** Where the registry itself listens (behind the proxy). */
  url: string;
  log(): string;
  stop(): Promise<void>;
}

/**
 * `plateformcoop-registry serve` as the systemd unit starts it: its environment file's
 * variables (with `NODE_ENV=production`, as the unit adds), in its data folder.
 */
export async function startRegistryService(env: Record<string, string>): Promise<RegistryService> {
  const dataDir = env.DATA_DIR;
  if (!dataDir) throw new Error('DATA_DIR is required');
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const child: ChildProcess = spawn(process.execPath, [registryBin(), 'serve'], {
    cwd: dataDir,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d) => {
    log += d;
  });
  child.stderr?.on('data', (d) => {
    log += d;
  });
  const url = `http://127.0.0.1:${env.PORT}`;
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      const force = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.once('exit', () => {
        clearTimeout(force);
        done();
      });
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the registry exited:\n${log}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { url, log: () => log, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`the registry did not answer ${url}/healthz in time:\n${log}`);
}
