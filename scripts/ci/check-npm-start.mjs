// The newcomer's path, as CI walks it right after `npm ci` and before anything else is built:
// `npm start` in its own data folder on free ports, every http address it prints must answer
// (no 404, no 5xx), then Ctrl-C (SIGINT to its process group, as a terminal sends it) must stop
// everything. Plain Node, no workspace import (the port probe is the repository's plain-JS one):
// nothing is built when it runs.
//
// Usage: node scripts/ci/check-npm-start.mjs   (from the repository root; exit 1 on failure)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, portIsFree } from '../net/free-port.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
// The first start builds every package the demo needs from nothing; generous on 2 busy cores.
const START_TIMEOUT_MS = 15 * 60_000;
const STOP_TIMEOUT_MS = 30_000;
/** The last line `npm start` prints once both servers answer. */
const READY = 'Ctrl-C';

const say = (line) => process.stdout.write(`check-npm-start: ${line}\n`);

/**
 * `localhost` and every `*.localhost` name are the loopback address (RFC 6761), as browsers
 * resolve them; the system resolver may not know `coursiers-deule.localhost`.
 */
function loopbackLookup(hostname, options, callback) {
  if (hostname === 'localhost' || hostname.endsWith('.localhost')) {
    if (options?.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
    else callback(null, '127.0.0.1', 4);
    return;
  }
  callback(new Error(`${hostname}: only loopback addresses are checked`));
}

/** The status of a GET of `url` (body read and dropped). */
function statusOf(url) {
  return new Promise((done, fail) => {
    const target = new URL(url);
    const isLoopbackIp = target.hostname === '127.0.0.1' || target.hostname === '[::1]';
    const req = request(
      url,
      { ...(isLoopbackIp ? {} : { lookup: loopbackLookup }), timeout: 30_000 },
      (res) => {
        res.resume();
        res.once('end', () => done(res.statusCode ?? 0));
        res.once('error', fail);
      },
    );
    req.once('timeout', () => req.destroy(new Error('no answer within 30 s')));
    req.once('error', fail);
    req.end();
  });
}

const wait = (ms) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const ports = { registry: await freePort(), demo: await freePort() };
  const dataDir = mkdtempSync(join(tmpdir(), 'pc-check-npm-start-'));
  say(
    `npm start with DEMO_DATA_DIR=${dataDir} REGISTRY_PORT=${ports.registry} DEMO_PORT=${ports.demo}`,
  );
  // Its own process group, so that SIGINT reaches npm and everything under it, like Ctrl-C.
  const child = spawn('npm', ['start'], {
    cwd: root,
    env: {
      ...process.env,
      DEMO_DATA_DIR: dataDir,
      REGISTRY_PORT: String(ports.registry),
      DEMO_PORT: String(ports.demo),
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  let exit;
  void exited.then((result) => {
    exit = result;
  });
  for (const stream of [child.stdout, child.stderr])
    stream.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };

  const failures = [];
  try {
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (!output.includes(READY)) {
      if (exit)
        throw new Error(`npm start exited (${exit.code ?? exit.signal}) before it was ready`);
      if (Date.now() > deadline)
        throw new Error(`npm start printed no "${READY}" line in ${START_TIMEOUT_MS / 60_000} min`);
      await wait(200);
    }
    const addresses = [...new Set(output.match(/https?:\/\/[^\s)]+/g) ?? [])];
    if (addresses.length === 0) throw new Error('npm start printed no http address');
    for (const address of addresses) {
      let status;
      try {
        status = await statusOf(address);
      } catch (error) {
        failures.push(`${address}: ${error.message}`);
        continue;
      }
      say(`${status} ${address}`);
      if (status < 200 || status >= 400) failures.push(`${address}: HTTP ${status}`);
    }

    say('Ctrl-C (SIGINT to the process group)');
    killGroup('SIGINT');
    const stopped = await Promise.race([exited, wait(STOP_TIMEOUT_MS).then(() => undefined)]);
    if (!stopped)
      failures.push(`npm start was still running ${STOP_TIMEOUT_MS / 1000} s after Ctrl-C`);
    else if (stopped.code !== 0 && stopped.signal !== 'SIGINT')
      failures.push(`npm start ended with ${stopped.code ?? stopped.signal} after Ctrl-C`);
    for (const [name, port] of Object.entries(ports))
      if (!(await portIsFree(port)))
        failures.push(`the ${name} still listens on ${port} after Ctrl-C`);
  } catch (error) {
    failures.push(error.message);
  } finally {
    killGroup('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }

  if (failures.length) {
    for (const failure of failures) say(`FAILED ${failure}`);
    process.exit(1);
  }
  say('passed: npm start built, served every address it printed, and stopped on Ctrl-C');
}

main().catch((error) => {
  say(`FAILED ${error.stack ?? error}`);
  process.exit(1);
});
