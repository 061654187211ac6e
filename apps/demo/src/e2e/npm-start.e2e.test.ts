import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { freePort } from '../../../../scripts/net/free-port.mjs';

/**
 * `npm start` as a newcomer runs it (minus the build, done by turbo before the tests): it prints
 * the addresses and the outbox, serves both, stops cleanly on Ctrl-C (SIGINT), and a second
 * start reuses the data.
 */
const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'pc-demo-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function start(ports: { registry: number; demo: number }) {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: packageDir,
    env: {
      ...process.env,
      DEMO_SKIP_BUILD: '1',
      DEMO_DATA_DIR: dataDir,
      REGISTRY_PORT: String(ports.registry),
      DEMO_PORT: String(ports.demo),
      POW_COST: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const deadline = Date.now() + 60_000;
  while (!output.includes('Ctrl-C')) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`npm start did not come up:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = () =>
    new Promise<number | null>((done) => {
      child.once('exit', (code) => done(code));
      child.kill('SIGINT');
    });
  return { output: () => output, stop };
}

test('npm start serves the demo and the registry, stops on Ctrl-C, and reuses its data', async () => {
  const ports = { registry: await freePort(), demo: await freePort() };
  const first = await start(ports);
  const text = first.output();
  expect(text).toContain(`http://127.0.0.1:${ports.demo}/ville/`);
  expect(text).toContain(`http://coursiers-deule.localhost:${ports.demo}/plateforme/`);
  expect(text).toContain(join(dataDir, 'outbox'));
  const page = await (await fetch(`http://127.0.0.1:${ports.demo}/ville/`)).text();
  expect(page).toContain(`src="http://127.0.0.1:${ports.registry}/widgets/plateformcoop.js"`);
  const counter = `http://127.0.0.1:${ports.registry}/v1/manifestos/plateformcoop-2023/counter`;
  const seeded = (await (await fetch(counter)).json()) as { total: number };
  expect(seeded.total).toBe(18); // 12 citizens, 5 founding communes (deliberations), 1 platform

  expect(await first.stop()).toBe(0);
  await expect(fetch(counter)).rejects.toThrow();

  const second = await start(ports);
  expect(second.output()).toContain('données reprises');
  expect(((await (await fetch(counter)).json()) as { total: number }).total).toBe(18);
  expect(await second.stop()).toBe(0);
});

test('npm start says which port is taken instead of failing later', async () => {
  const taken = createServer();
  await new Promise<void>((done) => taken.listen(0, '127.0.0.1', done));
  const { port } = taken.address() as { port: number };
  try {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      cwd: packageDir,
      env: { ...process.env, DEMO_DATA_DIR: dataDir, REGISTRY_PORT: String(port), DEMO_PORT: '0' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`le port ${port} est déjà pris`);
    expect(run.stderr).toContain('REGISTRY_PORT');
  } finally {
    taken.close();
  }
});
