import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The `plateformcoop-registry` bin of the installed `@plateformcoop/registry`. */
export function registryBin(): string {
  const manifest = createRequire(import.meta.url).resolve('@plateformcoop/registry/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> };
  const file = bin['plateformcoop-registry'];
  if (!file) throw new Error('@plateformcoop/registry has no plateformcoop-registry bin');
  return join(dirname(manifest), file);
}

export interface RegistrySettings {
  /** Folder of the database, the outbox, the secret and the signing key. */
  dataDir: string;
  port: number;
  adminToken: string;
  /** Extra environment variables (`POW_COST`, `COUNTER_GOAL`, `MODERATION_POLICY`, ...). */
  env?: Record<string, string>;
}

/**
 * The demo's manifesto definitions (`MANIFESTOS_DIR`): a second campaign, from a file, beside
 * the reference manifesto.
 */
export const DEMO_MANIFESTOS_DIR = fileURLToPath(new URL('../../manifestos/', import.meta.url));

/** The environment of the registry's contract for these settings. */
export function registryEnvironment(settings: RegistrySettings): Record<string, string> {
  const base = `http://127.0.0.1:${settings.port}`;
  return {
    HOST: '127.0.0.1',
    PORT: String(settings.port),
    PUBLIC_URL: base,
    DATA_DIR: settings.dataDir,
    DATABASE_URL: join(settings.dataDir, 'registry.sqlite'),
    MAIL_URL: `file:${outboxOf(settings.dataDir)}`,
    ADMIN_TOKEN: settings.adminToken,
    MANIFESTOS_DIR: DEMO_MANIFESTOS_DIR,
    ...settings.env,
  };
}

/** Where the file mail transport writes, one `.eml` per message. */
export function outboxOf(dataDir: string): string {
  return join(dataDir, 'outbox');
}

/** Runs one `plateformcoop-registry` command to its end (migrate, seed ...). */
export function runRegistryCommand(
  settings: RegistrySettings,
  args: string[],
): Promise<{ code: number; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [registryBin(), ...args], {
      cwd: settings.dataDir,
      env: { ...process.env, ...registryEnvironment(settings) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.once('error', fail);
    child.once('exit', (code) => done({ code: code ?? 1, output }));
  });
}

export interface RunningRegistry {
  url: string;
  outbox: string;
  settings: RegistrySettings;
  child: ChildProcess;
  /** Everything it printed so far. */
  log(): string;
  /** SIGTERM, then SIGKILL if it has not exited within 5 s. */
  stop(): Promise<void>;
}

/** Starts `plateformcoop-registry serve` and waits until `/healthz` answers. */
export async function startRegistry(
  settings: RegistrySettings,
  options: { timeoutMs?: number; onOutput?: (text: string) => void } = {},
): Promise<RunningRegistry> {
  const child = spawn(process.execPath, [registryBin(), 'serve'], {
    cwd: settings.dataDir,
    env: { ...process.env, ...registryEnvironment(settings) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const collect = (d: Buffer) => {
    // Its recent output only: it logs a line per request, and only the end is ever shown.
    log = (log + d).slice(-65_536);
    options.onOutput?.(d.toString());
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const url = `http://127.0.0.1:${settings.port}`;
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
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the registry exited (${child.exitCode}):\n${log.slice(-2000)}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok)
        return { url, outbox: outboxOf(settings.dataDir), settings, child, log: () => log, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`the registry did not answer ${url}/healthz in time:\n${log.slice(-2000)}`);
}
