// `npm run bench`: the registry's speed and memory, as ratios against baselines measured in the
// same run with the same load tool (autocannon), against 127.0.0.1 only, bounded in time and
// count. Prints results; asserts nothing (targets are read by people, not by tests).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { type ClientRequest, get as httpGet } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SignatureSubmission } from '@plateformcoop/model';
import { signatureKey } from '@plateformcoop/signature';
import type { Challenge } from 'altcha-lib';
import autocannon from 'autocannon';
import { freePort } from '../../../scripts/net/free-port.mjs';
import { collectivityIndex } from '../src/geo/collectivity-index.js';
import { submissionExamples } from '../src/http/openapi/examples.js';
import { isoNow, newSignatureRow } from '../src/signatures/signature-row.js';
import { newSignatureId } from '../src/signatures/submit-signature.js';
import { openStore } from '../src/store/store.js';
import { solveAltcha } from '../src/test/solve-challenge.js';

const M = 'plateformcoop-2023';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 2000);
const MEMORY_ROWS = Number(process.env.BENCH_MEMORY_ROWS ?? 100_000);
const median = (ns: number[]) => {
  const sorted = [...ns].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

/**
 * One autocannon run, with the moment its last response arrived: autocannon ends a run with an
 * `amount` on its next one-second tick, so its own duration is too coarse for a run of a few
 * seconds.
 */
async function load(
  opts: autocannon.Options,
): Promise<autocannon.Result & { lastResponseAt: number }> {
  return new Promise((resolve, reject) => {
    let lastResponseAt = performance.now();
    const run = autocannon(opts, (error, result) =>
      error ? reject(error) : resolve({ ...result, lastResponseAt }),
    );
    run.on('response', () => {
      lastResponseAt = performance.now();
    });
  });
}

const cli = new URL('../dist/cli.js', import.meta.url).pathname;

/** CPU time (user + system) used so far, in milliseconds, read from a Linux `/proc` stat file. */
function cpuMsOf(statFile: string): number {
  const fields = readFileSync(statFile, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** CPU time of a whole process (every thread). */
const cpuMs = (pid: number) => cpuMsOf(`/proc/${pid}/stat`);

/** CPU time of a process's main thread alone (its JavaScript event loop). */
const mainThreadCpuMs = (pid: number) => cpuMsOf(`/proc/${pid}/task/${pid}/stat`);

/** Servers still running, stopped whatever way the bench ends. */
const started = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of started) child.kill('SIGKILL');
});

/** A server in its own process, so that the load generator never shares its thread. */
async function startProcess(
  args: string[],
  vars: Record<string, string>,
  ready: string,
): Promise<{ pid: number; stop: () => void }> {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...vars },
    stdio: 'ignore',
  });
  started.add(child);
  child.once('exit', () => started.delete(child));
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(ready)).ok) return { pid: child.pid!, stop: () => child.kill('SIGTERM') };
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`${args.join(' ')} did not start`);
}

function env(dir: string): Record<string, string> {
  return {
    DATA_DIR: dir,
    DATABASE_URL: join(dir, 'registry.sqlite'),
    MAIL_URL: `file:${join(dir, 'outbox')}`,
    REGISTRY_SECRET: 'bench-secret-0123456789abcdef0123456789abcdef',
    HOST: '127.0.0.1',
    PORT: '0',
  };
}

async function counterReads(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pc-bench-'));
  const registryPort = await freePort();
  const barePort = await freePort();
  // The registry as deployed: CORS, security headers, and the rate limits at their defaults (they
  // count submissions, challenges and token posts; reads of the counter are not limited).
  const registry = await startProcess(
    [cli, 'serve'],
    { ...env(dir), PORT: String(registryPort) },
    `http://127.0.0.1:${registryPort}/healthz`,
  );
  const bare = await startProcess(
    ['--import', 'tsx', new URL('./bare-server.ts', import.meta.url).pathname],
    { PORT: String(barePort) },
    `http://127.0.0.1:${barePort}/counter`,
  );
  const targets = {
    bare: `http://127.0.0.1:${barePort}/counter`,
    registry: `http://127.0.0.1:${registryPort}/v1/manifestos/${M}/counter`,
  };
  const opts = { connections: 50, duration: SECONDS };
  for (const url of Object.values(targets)) await load({ ...opts, url, duration: 2 }); // JIT warm-up
  // Alternate the two, round after round, so that a neighbour's load on the machine hits both
  // alike; each round's ratio compares two runs seconds apart, and the median of the rounds'
  // ratios is the result (one disturbed run moves it no more than one round).
  const runs: Record<keyof typeof targets, autocannon.Result[]> = { bare: [], registry: [] };
  const pids = { bare: bare.pid, registry: registry.pid };
  // Server CPU time per request too: unlike requests per second, it hardly depends on what
  // else the machine is doing.
  const cpu = { bare: 0, registry: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    for (const key of ['bare', 'registry'] as const) {
      const before = cpuMs(pids[key]);
      runs[key].push(await load({ ...opts, url: targets[key] }));
      cpu[key] += cpuMs(pids[key]) - before;
    }
  }
  const total = (rs: autocannon.Result[]) => rs.reduce((n, r) => n + r.requests.total, 0);
  const cpuPerRequest = {
    bare: (1000 * cpu.bare) / total(runs.bare),
    registry: (1000 * cpu.registry) / total(runs.registry),
  };
  const mean = (rs: autocannon.Result[]) =>
    rs.reduce((n, r) => n + r.requests.average, 0) / rs.length;
  const p99 = (rs: autocannon.Result[]) => Math.max(...rs.map((r) => r.latency.p99));
  const ratios = runs.registry.map(
    (r, i) => (100 * r.requests.average) / runs.bare[i]!.requests.average,
  );
  console.log(
    '\nCounter reads (50 connections, %s rounds of %ss each, server and load in separate processes)',
    ROUNDS,
    SECONDS,
  );
  console.log(`  bare Hono route:   ${fmt(mean(runs.bare))} req/s, p99 ${p99(runs.bare)} ms`);
  console.log(
    `  registry counter:  ${fmt(mean(runs.registry))} req/s, p99 ${p99(runs.registry)} ms, ${runs.registry.reduce((n, r) => n + r.non2xx, 0)} non-2xx`,
  );
  console.log(
    `  ratio: ${fmt(median(ratios))}% of the bare route, median of the rounds' ${ratios.map((r) => `${fmt(r)}%`).join(', ')} (target >= 80%; p99 target < 30 ms)`,
  );
  console.log(
    `  server CPU per request: bare ${fmt(cpuPerRequest.bare)} µs, registry ${fmt(cpuPerRequest.registry)} µs: on equal CPU the registry serves ${fmt((100 * cpuPerRequest.bare) / cpuPerRequest.registry)}% of the bare route's rate`,
  );
  registry.stop();
  bare.stop();
}

function individual(i: number): SignatureSubmission {
  const example = structuredClone(submissionExamples.individual) as SignatureSubmission & {
    altcha?: string;
  };
  delete example.altcha;
  if (example.signatory.kind === 'individual')
    example.signatory.individual.email = `bench-${i}@example.org`;
  return example;
}

async function submissions(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pc-bench-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const profile = process.env.BENCH_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
    : [];
  const running = await startProcess(
    [...profile, cli, 'serve'],
    { ...env(dir), PORT: String(port), RATE_LIMIT_PER_HOUR: '0', POW_COST: '1' },
    `${base}/healthz`,
  );
  const url = `${base}/v1/manifestos/${M}/signatures`;
  const bodies: string[] = [];
  for (let i = 0; i < SUBMISSIONS; i++) {
    const challenge = (await (
      await fetch(`${base}/v1/manifestos/${M}/challenge`)
    ).json()) as Challenge;
    bodies.push(JSON.stringify({ ...individual(i), altcha: await solveAltcha(challenge) }));
  }
  let next = 0;
  const cpuBefore = cpuMs(running.pid);
  const mainBefore = mainThreadCpuMs(running.pid);
  const loadStarted = performance.now();
  const result = await load({
    url,
    connections: 20,
    amount: SUBMISSIONS,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
      },
    ],
  });
  const loadSeconds = (result.lastResponseAt - loadStarted) / 1000;
  const accepted = result['2xx'];
  await new Promise((r) => setTimeout(r, 500)); // the last mails
  const cpuPerSubmission = (cpuMs(running.pid) - cpuBefore) / SUBMISSIONS;
  const mainPerSubmission = (mainThreadCpuMs(running.pid) - mainBefore) / SUBMISSIONS;
  running.stop();
  await new Promise((r) => setTimeout(r, 1000));

  // Baseline: the same rows inserted straight into a fresh SQLite store, 20 at a time.
  const store = await openStore(join(mkdtempSync(join(tmpdir(), 'pc-bench-')), 'registry.sqlite'));
  const geo = collectivityIndex();
  const rows = Array.from({ length: SUBMISSIONS }, (_, i) => {
    const submission = individual(i);
    return newSignatureRow({
      id: newSignatureId(),
      key: signatureKey(submission),
      submission,
      manifestoHash: `sha256:${'0'.repeat(64)}`,
      now: isoNow(),
      geo,
    });
  });
  const started = performance.now();
  let cursor = 0;
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      while (cursor < rows.length) await store.signatures.insert(rows[cursor++]!);
    }),
  );
  const insertsPerSecond = (rows.length / (performance.now() - started)) * 1000;
  await store.close();
  const perSecond = accepted / loadSeconds;
  console.log(
    `\nSignature submissions with SQLite (20 concurrent clients, ${SUBMISSIONS} signatures, real validation, proof of work, mail to files)`,
  );
  console.log(
    `  registry: ${fmt(perSecond)} submissions/s, p99 ${result.latency.p99} ms, ${accepted} accepted, ${result.non2xx} refused`,
  );
  console.log(
    `  server CPU per submission: ${fmt(cpuPerSubmission)} ms, ${fmt(mainPerSubmission)} ms of it on the main thread (the rest: mail worker, crypto and I/O threads)`,
  );
  console.log(`  bare inserts of the same rows: ${fmt(insertsPerSecond)} rows/s`);
  console.log(
    `  ratio: ${fmt((100 * perSecond) / insertsPerSecond)}% of bare inserts (target >= 500 submissions/s)`,
  );
}

async function memory(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pc-bench-'));
  const vars = { ...env(dir), PORT: String(await freePort()) };
  const seeded = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'seed', '--demo', String(MEMORY_ROWS)], {
      env: { ...process.env, ...vars },
      stdio: 'ignore',
    });
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`seed exited ${code}`)),
    );
  });
  const seedSeconds = (performance.now() - seeded) / 1000;
  const base = `http://127.0.0.1:${vars.PORT}`;
  const child = await startProcess([cli, 'serve'], vars, `${base}/healthz`);
  const counter = (await (await fetch(`${base}/v1/manifestos/${M}/counter`)).json()) as {
    total: number;
  };
  await fetch(`${base}/v1/manifestos/${M}/signatories?q=signataire`);
  await fetch(`${base}/v1/collectivities?q=lille`);
  await load({ url: `${base}/v1/manifestos/${M}/counter`, connections: 20, duration: 2 });
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  child.stop();
  console.log(
    `\nMemory with ${fmt(counter.total)} stored signatures (seeded in ${fmt(seedSeconds)} s), after counter, list and autocomplete requests`,
  );
  console.log(`  resident memory: ${fmt(rssKb / 1024)} MB (target < 200 MB)`);
}

/** Opens a counter stream with a plain socket; resolves once its first event came, with it. */
function openStream(base: string): Promise<ClientRequest> {
  return new Promise((resolve, reject) => {
    const request = httpGet(`${base}/v1/manifestos/${M}/counter/stream`, { agent: false }, (r) => {
      if (r.statusCode !== 200) reject(new Error(`stream answered ${r.statusCode}`));
      r.once('data', () => resolve(request));
    });
    request.once('error', reject);
  });
}

const residentBytes = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;

async function streams(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pc-bench-'));
  const count = Number(process.env.BENCH_STREAMS ?? 2000);
  const warm = 100;
  // Every stream comes from 127.0.0.1 here: its cap per client is lifted for the measure.
  const vars = { ...env(dir), PORT: String(await freePort()), STREAMS_PER_CLIENT: String(count) };
  const base = `http://127.0.0.1:${vars.PORT}`;
  const child = await startProcess([cli, 'serve'], vars, `${base}/healthz`);
  const open: ClientRequest[] = [];
  // A first hundred pays for what any stream loads once; the rest is what one stream costs.
  for (let i = 0; i < warm; i++) open.push(await openStream(base));
  await new Promise((r) => setTimeout(r, 500));
  const before = residentBytes(child.pid);
  for (let i = warm; i < count; i += 50)
    open.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(50, count - i) }, () => openStream(base)),
      )),
    );
  await new Promise((r) => setTimeout(r, 500));
  const after = residentBytes(child.pid);
  const answered = (await fetch(`${base}/v1/manifestos/${M}/counter`)).status;
  for (const request of open) request.destroy();
  child.stop();
  console.log(`\nCounter streams held open (${fmt(open.length)} from one process)`);
  console.log(
    `  resident memory: ${fmt(before / 1048576)} MB with ${warm} streams, ${fmt(after / 1048576)} MB with ${fmt(open.length)}`,
  );
  console.log(
    `  per stream: ${fmt(Math.round((after - before) / (open.length - warm)))} bytes; the counter document still answered ${answered}`,
  );
}

const only = process.argv[2];
if (!only || only === 'counter') await counterReads();
if (!only || only === 'submissions') await submissions();
if (!only || only === 'memory') await memory();
if (!only || only === 'streams') await streams();
process.exit(0);
