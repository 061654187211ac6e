// The scale harness (`npm run scale`, and shortened in `npm test`): three registry processes on
// one PostgreSQL schema behind Debian's HAProxy, a seeded campaign, a mixed load with autocannon,
// one registry killed with SIGKILL and restarted, the notification connections cut; it returns
// the figures the README records. Everything listens on 127.0.0.1 and every loop is bounded.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manifestos } from '@plateformcoop/model';
import type { Challenge } from 'altcha-lib';
import autocannon from 'autocannon';
import pg from 'pg';
import { freePort } from '../../../scripts/net/free-port.mjs';
import { listenerApplicationName } from '../src/counter/change-notifier.js';
import { submissionExamples } from '../src/http/openapi/examples.js';
import { openStore } from '../src/store/store.js';
import { SmtpSink } from '../src/test/smtp-sink.js';
import { solveAltcha } from '../src/test/solve-challenge.js';

const M = 'plateformcoop-2023';
const ADMIN = 'scale-admin-token-0123456789abcdef0123456789';
const cli = new URL('../dist/cli.js', import.meta.url).pathname;

export interface ScaleOptions {
  /** A PostgreSQL URL; the harness works in a fresh schema of it and drops it at the end. */
  databaseUrl: string;
  /** Published signatures seeded before the load. */
  rows: number;
  /** Seconds of the 35/s phase (the SIGKILL and the cut happen in it). */
  loadSeconds: number;
  /** Submissions per second in the first phase. */
  rate: number;
  /** Submissions sent as fast as they go in the second phase. */
  saturationSubmissions: number;
  /** Seconds of each reads-only run (through HAProxy, then one process directly). */
  readSeconds: number;
  /** Counter streams opened on one process for the memory and fan-out figures. */
  streams: number;
  log?: (line: string) => void;
}

export interface ScaleFigures {
  rows: number;
  acknowledged: number;
  lostAcknowledged: number;
  /** Signatures whose confirmation mail did not arrive exactly once (by Message-ID). */
  mailsNotOnce: number;
  /** SMTP deliveries repeated with the same Message-ID (a SIGKILL between acceptance and mark). */
  resentAfterKill: number;
  confirmations: number;
  countersBackwards: number;
  converged: boolean;
  staleness: { p50: number; p99: number; max: number; samples: number };
  /** Measured over confirmations one by one after the load. */
  perChange: {
    counterTotalsReads: number;
    signatureRowsRead: number;
    changes: number;
    seconds: number;
  };
  /** Measured over the whole load (a restart's retention scan included). */
  perSecond: { counterTotalsReads: number; signatureRowsRead: number; changes: number };
  reads: { haproxy: number; direct: number; haproxyP99: number; directP99: number };
  submissions: {
    paced: { perSecond: number; p99: number };
    saturated: { perSecond: number; p99: number };
  };
  memoryMb: number[];
  streams: { open: number; bytesPerStream: number; fanOutMs: number };
}

interface Registry {
  port: number;
  child?: ChildProcess;
  env: Record<string, string>;
  /** When it was killed, and when it answered again (staleness ignores that interval). */
  down?: { from: number; to: number };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;

/** Polls `check` every `every` ms until it holds or `limitMs` passed; resolves to whether it held. */
async function until(check: () => boolean | Promise<boolean>, limitMs: number, every = 50) {
  const end = Date.now() + limitMs;
  while (Date.now() < end) {
    if (await check()) return true;
    await sleep(every);
  }
  return check();
}

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return Number(line?.[1] ?? 0) / 1024;
}

/** Quoted-printable soft breaks and escapes undone: a mail's links as they were written. */
function decodeQuotedPrintable(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

export async function runScale(options: ScaleOptions): Promise<ScaleFigures> {
  const log = options.log ?? (() => undefined);
  const schema = `scale_${randomBytes(5).toString('hex')}`;
  const children = new Set<ChildProcess>();
  const admin = new pg.Client({ connectionString: options.databaseUrl });
  await admin.connect();
  const sink = await SmtpSink.onFreePort();
  const sockets: Socket[] = [];
  let stopWatching = false;
  try {
    // 1. The schema, migrated, and the campaign seeded in one statement.
    const store = await openStore(options.databaseUrl, { pgSchema: schema });
    const manifesto = manifestos.find((m) => m.id === M)!;
    const places = [
      ['59', '32'],
      ['62', '32'],
      ['75', '11'],
      ['69', '84'],
      ['13', '93'],
      ['33', '75'],
      ['31', '76'],
      ['44', '52'],
      ['67', '44'],
      ['35', '53'],
    ];
    const seededAt = new Date().toISOString();
    let started = Date.now();
    await admin.query(
      `insert into "${schema}".signatures (id, manifesto_id, signature_key, status, kind, locale,
         manifesto_hash, submission, commitments, departement_code, region_code, created_at,
         confirmed_at, published_at)
       select 'seed_' || i, $1, 'seed:' || i, 'published', 'individual', 'fr', $2, null, '[]',
         ($3::text[])[1 + i % 10], ($4::text[])[1 + i % 10], $5, $5, $5
       from generate_series(1, $6::int) as i`,
      [
        M,
        manifesto.contentHash,
        places.map((p) => p[0]),
        places.map((p) => p[1]),
        seededAt,
        options.rows,
      ],
    );
    await store.counterTotals.rebuild(M);
    await admin.query(`analyze "${schema}".signatures`);
    await store.close();
    log(`seeded ${options.rows} signatures in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    // 2. SMTP, three registries, HAProxy.
    await sink.start();
    const dir = mkdtempSync(join(tmpdir(), 'pc-scale-'));
    const url = new URL(options.databaseUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const common = {
      HOST: '127.0.0.1',
      DATA_DIR: dir,
      DATABASE_URL: url.href,
      MAIL_URL: `${sink.url}?pool=true`,
      MAIL_RETRY_SECONDS: '1',
      COUNTER_RESYNC_SECONDS: '2',
      ADMIN_TOKEN: ADMIN,
      REGISTRY_SECRET: 'scale-secret-0123456789abcdef0123456789abcdef',
      RATE_LIMIT_PER_HOUR: '0',
      POW_COST: '1',
      // The harness opens its thousands of streams from one address.
      STREAMS_PER_CLIENT: '100000',
    };
    const registries: Registry[] = [];
    const launch = async (registry: Registry) => {
      const child = spawn(process.execPath, [cli, 'serve'], {
        env: { ...process.env, ...registry.env },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr!.on('data', (chunk) => {
        stderr = (stderr + chunk).slice(-2000);
      });
      children.add(child);
      child.once('exit', () => children.delete(child));
      registry.child = child;
      const ready = await until(async () => {
        try {
          return (await fetch(`http://127.0.0.1:${registry.port}/healthz`)).ok;
        } catch {
          return false;
        }
      }, 30_000);
      if (!ready) throw new Error(`registry on ${registry.port} did not start: ${stderr}`);
    };
    for (let i = 0; i < 3; i++) {
      const port = await freePort();
      const registry: Registry = {
        port,
        env: { ...common, PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` },
      };
      await launch(registry); // one after the other: the first creates the signing key
      registries.push(registry);
    }
    const proxyPort = await freePort();
    const proxyConfig = join(dir, 'haproxy.cfg');
    writeFileSync(
      proxyConfig,
      [
        'global',
        // Two descriptors per connection must fit under the process's limit.
        '  maxconn 8000',
        'defaults',
        '  mode http',
        '  timeout connect 2s',
        '  timeout client 60s',
        '  timeout server 60s',
        '  timeout tunnel 1h',
        '  retries 3',
        '  option redispatch',
        // Only requests that never reached a registry are sent again: a submission is not
        // idempotent (a second try of a committed one is a duplicate).
        '  retry-on conn-failure',
        'frontend registry',
        `  bind 127.0.0.1:${proxyPort}`,
        '  default_backend registries',
        'backend registries',
        '  balance roundrobin',
        '  option httpchk GET /healthz',
        '  http-check expect status 200',
        ...registries.map(
          (r, i) => `  server r${i} 127.0.0.1:${r.port} check inter 500ms fall 2 rise 1`,
        ),
        '',
      ].join('\n'),
    );
    const haproxy = spawn('haproxy', ['-db', '-f', proxyConfig], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let proxyErrors = '';
    haproxy.stderr!.on('data', (chunk) => {
      proxyErrors = (proxyErrors + chunk).slice(-2000);
    });
    children.add(haproxy);
    haproxy.once('exit', () => children.delete(haproxy));
    const proxy = `http://127.0.0.1:${proxyPort}`;
    if (
      !(await until(
        async () =>
          fetch(`${proxy}/healthz`).then(
            (r) => r.ok,
            () => false,
          ),
        10_000,
      ))
    )
      throw new Error(`HAProxy did not start: ${proxyErrors}`);
    log(`3 registries and HAProxy on 127.0.0.1:${proxyPort}`);

    // 3. Watch every process's counter stream: when it shows each total first.
    const seen: { at: number; total: number }[][] = registries.map(() => []);
    let backwards = 0;
    const watch = async (index: number) => {
      while (!stopWatching) {
        const registry = registries[index]!;
        try {
          const controller = new AbortController();
          const stop = setInterval(() => stopWatching && controller.abort(), 100);
          const response = await fetch(
            `http://127.0.0.1:${registry.port}/v1/manifestos/${M}/counter/stream`,
            { signal: controller.signal },
          );
          const reader = response.body!.getReader();
          const decoder = new TextDecoder();
          let buffer = '';
          let last = -1;
          try {
            for (;;) {
              const { done, value } = await reader.read();
              if (done) break;
              buffer += decoder.decode(value, { stream: true });
              let end = buffer.indexOf('\n\n');
              while (end >= 0) {
                const data = buffer.slice(0, end).match(/^data: (.*)$/m)?.[1];
                buffer = buffer.slice(end + 2);
                end = buffer.indexOf('\n\n');
                if (!data) continue;
                const total = (JSON.parse(data) as { total: number }).total;
                if (total < last) backwards++;
                last = total;
                const list = seen[index]!;
                if (!list.length || total > list.at(-1)!.total)
                  list.push({ at: Date.now(), total });
              }
            }
          } finally {
            clearInterval(stop);
          }
        } catch {
          // killed, or stopping: try again
        }
        await sleep(100);
      }
    };
    const watchers = registries.map((_, i) => watch(i));

    // 4. Submissions ready to send: solved proofs of work and unique signers.
    const needed =
      Math.ceil(options.rate * options.loadSeconds * 1.2) + options.saturationSubmissions;
    const bodies: string[] = [];
    const quietBodies: string[] = [];
    started = Date.now();
    for (let i = 0; i < needed; i += 16) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(16, needed - i) }, async (_, j) => {
          const registry = registries[(i + j) % 3]!;
          const challenge = (await (
            await fetch(`http://127.0.0.1:${registry.port}/v1/manifestos/${M}/challenge`)
          ).json()) as Challenge;
          const body = structuredClone(submissionExamples.individual) as {
            signatory: { individual: { email: string } };
          };
          body.signatory.individual.email = `scale-${i + j}@example.org`;
          return JSON.stringify({ ...body, altcha: await solveAltcha(challenge) });
        }),
      );
      bodies.push(...batch);
    }
    for (let i = 0; i < 20; i++) {
      const challenge = (await (
        await fetch(`http://127.0.0.1:${registries[0]!.port}/v1/manifestos/${M}/challenge`)
      ).json()) as Challenge;
      const body = structuredClone(submissionExamples.individual) as {
        signatory: { individual: { email: string } };
      };
      body.signatory.individual.email = `quiet-${i}@example.org`;
      quietBodies.push(JSON.stringify({ ...body, altcha: await solveAltcha(challenge) }));
    }
    log(`${bodies.length} submissions prepared in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    // 5. Confirm what the mails ask to confirm, through HAProxy: each is a counter change.
    const acks: number[] = [];
    const confirmedTokens = new Set<string>();
    let confirmationsDone = 0;
    let confirming = true;
    const confirmer = (async () => {
      let next = 0;
      while (confirming) {
        const mails = sink.received.slice(next);
        next += mails.length;
        const tokens = mails
          .map((m) => decodeQuotedPrintable(m.raw).match(/\/confirm\?token=([^\s"<&]+)/)?.[1])
          .filter((t): t is string => !!t && !confirmedTokens.has(t));
        for (let i = 0; i < tokens.length; i += 4)
          await Promise.all(
            tokens.slice(i, i + 4).map(async (token) => {
              confirmedTokens.add(token);
              for (let attempt = 0; attempt < 5; attempt++) {
                if (attempt === 4) confirmationsDone++;
                try {
                  const answer = await fetch(`${proxy}/v1/confirmations`, {
                    method: 'POST',
                    headers: { 'content-type': 'application/json' },
                    body: JSON.stringify({ token: decodeURIComponent(token) }),
                  });
                  if (answer.status === 200) acks.push(Date.now());
                  if (answer.status < 500) {
                    if (attempt < 4) confirmationsDone++;
                    return;
                  }
                } catch {
                  // a registry killed mid-request: HAProxy sends the next try elsewhere
                }
                await sleep(200);
              }
            }),
          );
        await sleep(50);
      }
    })();

    const tableStats = async () => {
      await admin.query('select pg_stat_clear_snapshot()');
      const { rows } = await admin.query<{
        relname: string;
        scans: string;
        read: string;
      }>(
        `select relname, coalesce(seq_scan, 0) + coalesce(idx_scan, 0) as scans,
           coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0) as read
         from pg_stat_user_tables where schemaname = $1`,
        [schema],
      );
      const of = (name: string) => rows.find((r) => r.relname === name);
      return {
        totalsReads: Number(of('counter_totals')?.scans ?? 0),
        signatureRows: Number(of('signatures')?.read ?? 0),
      };
    };
    const statsBefore = await tableStats();
    const loadStarted = Date.now();

    // 6. The mixed load at a realistic pace, with a SIGKILL and a cut in the middle of it.
    let sent = 0;
    const acknowledged: string[] = [];
    const submit = (extra: Partial<autocannon.Options>) =>
      new Promise<autocannon.Result>((resolve, reject) =>
        autocannon(
          {
            url: `${proxy}/v1/manifestos/${M}/signatures`,
            requests: [
              {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                setupRequest: (request) => ({ ...request, body: bodies[sent++ % bodies.length] }),
                onResponse: (status, body) => {
                  if (status === 202) acknowledged.push((JSON.parse(body) as { id: string }).id);
                },
              },
            ],
            ...extra,
          } as autocannon.Options,
          (error, result) => (error ? reject(error) : resolve(result)),
        ),
      );
    const read = (url: string, extra: Partial<autocannon.Options>) =>
      new Promise<autocannon.Result>((resolve, reject) =>
        autocannon({ url, ...extra } as autocannon.Options, (error, result) =>
          error ? reject(error) : resolve(result),
        ),
      );
    const counterPath = `/v1/manifestos/${M}/counter`;
    const faults = (async () => {
      await sleep((options.loadSeconds * 1000) / 3);
      const victim = registries[2]!;
      log(`SIGKILL of the registry on ${victim.port}`);
      const from = Date.now();
      victim.child!.kill('SIGKILL');
      await sleep(1000);
      await launch(victim);
      victim.down = { from, to: Date.now() };
      log(`restarted after ${((Date.now() - from) / 1000).toFixed(1)} s`);
      await sleep((options.loadSeconds * 1000) / 6);
      const { rowCount } = await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1',
        [listenerApplicationName(schema)],
      );
      log(`cut ${rowCount} notification connections`);
    })();
    const [paced] = await Promise.all([
      submit({ connections: 4, overallRate: options.rate, duration: options.loadSeconds }),
      read(`${proxy}${counterPath}`, {
        connections: 8,
        overallRate: options.rate * 19,
        duration: options.loadSeconds,
      }),
      faults,
    ]);
    log(`paced phase: ${paced['2xx']} submissions acknowledged`);
    const [saturated] = await Promise.all([
      submit({ connections: 16, amount: options.saturationSubmissions }),
      read(`${proxy}${counterPath}`, { connections: 16, duration: 2 }),
    ]);
    log(`saturation: ${saturated['2xx']} submissions acknowledged`);

    // 7. Every mail out, every confirmation in, every process on the last total.
    const outboxDrained = () =>
      admin
        .query(`select count(*) as n from "${schema}".mail_outbox where status = 'waiting'`)
        .then((r) => Number(r.rows[0].n) === 0);
    await until(
      async () => (await outboxDrained()) && confirmedTokens.size >= acknowledged.length,
      120_000,
      200,
    );
    await until(() => confirmationsDone >= confirmedTokens.size, 60_000, 100);
    const finalTotal = Number(
      (
        await admin.query(
          `select count(*) as n from "${schema}".signatures where status = 'published'`,
        )
      ).rows[0].n,
    );
    const converged = await until(
      () => seen.every((list) => list.at(-1)?.total === finalTotal),
      30_000,
      100,
    );
    const loadSeconds = (Date.now() - loadStarted) / 1000;
    await sleep(1500); // PostgreSQL publishes its table statistics within a second
    const statsAfter = await tableStats();
    confirming = false;
    await confirmer;

    // What one counter change costs the database, in a quiet moment: confirmations one by one
    // (each a publication, a refresh in every process and a notification), the resync timers
    // running beside them.
    const quiet = quietBodies.length;
    for (const body of quietBodies)
      await fetch(`${proxy}/v1/manifestos/${M}/signatures`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    await until(
      () => quietBodies.every((_, i) => sink.to(`quiet-${i}@example.org`).length > 0),
      60_000,
    );
    await sleep(1500);
    const quietBefore = await tableStats();
    const quietStarted = Date.now();
    for (let i = 0; i < quiet; i++) {
      const token = decodeQuotedPrintable(sink.to(`quiet-${i}@example.org`)[0]!.raw).match(
        /\/confirm\?token=([^\s"<&]+)/,
      )![1]!;
      await fetch(`${proxy}/v1/confirmations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: decodeURIComponent(token) }),
      });
    }
    const quietSeconds = (Date.now() - quietStarted) / 1000;
    await sleep(1500);
    const quietAfter = await tableStats();

    // 8. The correctness figures.
    const { rows: stored } = await admin.query<{ id: string }>(
      `select id from "${schema}".signatures where id = any($1::text[])`,
      [acknowledged],
    );
    const storedIds = new Set(stored.map((r) => r.id));
    const lostAcknowledged = acknowledged.filter((id) => !storedIds.has(id)).length;
    // Every signature the load stored (acknowledged, or committed just before a SIGKILL cut its
    // answer) has had exactly one confirmation mail.
    const { rows: storedRows } = await admin.query<{ email: string }>(
      `select submission::json -> 'signatory' -> 'individual' ->> 'email' as email
       from "${schema}".signatures where id not like 'seed\\_%'`,
    );
    // Counted by Message-ID (one per outbox row): a mail the SMTP server accepted just before a
    // SIGKILL, whose mark the killed process never committed, goes again with the same one, and
    // mail systems keep one copy; another Message-ID for the same signature would be a second mail.
    const confirmationMails = new Map<string, Set<string>>();
    let resent = 0;
    for (const mail of sink.received)
      if (decodeQuotedPrintable(mail.raw).includes('/confirm?token='))
        for (const to of mail.to) {
          const ids = confirmationMails.get(to) ?? new Set<string>();
          if (ids.has(mail.messageId)) resent++;
          ids.add(mail.messageId);
          confirmationMails.set(to, ids);
        }
    const storedEmails = new Set(storedRows.map((r) => r.email));
    const mailsNotOnce =
      storedRows.filter((r) => confirmationMails.get(r.email)?.size !== 1).length +
      [...confirmationMails.keys()].filter((to) => !storedEmails.has(to)).length;

    // Staleness: the k-th confirmation acknowledged means the total reached base + k by then.
    const base = options.rows;
    const sortedAcks = [...acks].sort((a, b) => a - b);
    const lags: number[] = [];
    for (const [index, list] of seen.entries()) {
      const down = registries[index]!.down;
      for (const [k, ackAt] of sortedAcks.entries()) {
        if (down && ackAt >= down.from && ackAt <= down.to) continue;
        const first = list.find((s) => s.total >= base + k + 1);
        if (first) lags.push(Math.max(0, first.at - ackAt));
      }
    }
    lags.sort((a, b) => a - b);

    // 9. Reads per second through HAProxy, then one process directly, in the same run.
    const viaProxy = await read(`${proxy}${counterPath}`, {
      connections: 32,
      duration: options.readSeconds,
    });
    const direct = await read(`http://127.0.0.1:${registries[0]!.port}${counterPath}`, {
      connections: 32,
      duration: options.readSeconds,
    });

    // 10. Memory of each process, then with many streams on one, and the fan-out of a change.
    const memoryMb = registries.map((r) => Math.round(rssMb(r.child!.pid!)));
    const target = registries[0]!;
    const rssBefore = rssMb(target.child!.pid!) * 1024 * 1024;
    let current = Number(
      (
        await admin.query(
          `select count(*) as n from "${schema}".signatures where status = 'published'`,
        )
      ).rows[0].n,
    );
    const streamTotals: number[] = [];
    for (let i = 0; i < options.streams; i++) {
      const socket = connect(target.port, '127.0.0.1');
      const slot = i;
      streamTotals.push(-1);
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => {
        const totals = [...chunk.matchAll(/"total":(\d+)/g)];
        if (totals.length) streamTotals[slot] = Number(totals.at(-1)![1]);
      });
      socket.on('error', () => undefined);
      socket.write(
        `GET /v1/manifestos/${M}/counter/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n`,
      );
      sockets.push(socket);
      if (i % 500 === 499) await sleep(20);
    }
    await until(() => streamTotals.every((t) => t === current), 60_000, 100);
    const open = streamTotals.filter((t) => t === current).length;
    await sleep(1000);
    const rssStreams = rssMb(target.child!.pid!) * 1024 * 1024;
    // One more publication, on the process holding the streams: how long until all have it.
    const extra = structuredClone(submissionExamples.individual) as {
      signatory: { individual: { email: string } };
    };
    extra.signatory.individual.email = 'fan-out@example.org';
    const challenge = (await (
      await fetch(`http://127.0.0.1:${target.port}/v1/manifestos/${M}/challenge`)
    ).json()) as Challenge;
    await fetch(`http://127.0.0.1:${target.port}/v1/manifestos/${M}/signatures`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...extra, altcha: await solveAltcha(challenge) }),
    });
    await until(() => sink.to('fan-out@example.org').length > 0, 30_000);
    const token = decodeQuotedPrintable(sink.to('fan-out@example.org')[0]!.raw).match(
      /\/confirm\?token=([^\s"<&]+)/,
    )![1]!;
    const fanOutStart = performance.now();
    await fetch(`http://127.0.0.1:${target.port}/v1/confirmations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: decodeURIComponent(token) }),
    });
    current += 1;
    await until(() => streamTotals.every((t) => t === current), 60_000, 5);
    const fanOutMs = performance.now() - fanOutStart;
    stopWatching = true;
    for (const socket of sockets) socket.destroy();
    await Promise.all(watchers);

    return {
      rows: options.rows,
      acknowledged: acknowledged.length,
      lostAcknowledged,
      mailsNotOnce,
      resentAfterKill: resent,
      confirmations: acks.length,
      countersBackwards: backwards,
      converged,
      staleness: {
        p50: percentile(lags, 50),
        p99: percentile(lags, 99),
        max: lags.at(-1) ?? 0,
        samples: lags.length,
      },
      perChange: {
        counterTotalsReads: (quietAfter.totalsReads - quietBefore.totalsReads) / quiet,
        signatureRowsRead: (quietAfter.signatureRows - quietBefore.signatureRows) / quiet,
        changes: quiet,
        seconds: quietSeconds,
      },
      perSecond: {
        counterTotalsReads: (statsAfter.totalsReads - statsBefore.totalsReads) / loadSeconds,
        signatureRowsRead: (statsAfter.signatureRows - statsBefore.signatureRows) / loadSeconds,
        changes: acks.length / loadSeconds,
      },
      reads: {
        haproxy: viaProxy.requests.average,
        direct: direct.requests.average,
        haproxyP99: viaProxy.latency.p99,
        directP99: direct.latency.p99,
      },
      submissions: {
        paced: { perSecond: paced['2xx'] / options.loadSeconds, p99: paced.latency.p99 },
        saturated: {
          perSecond: saturated['2xx'] / Math.max(0.001, saturated.duration),
          p99: saturated.latency.p99,
        },
      },
      memoryMb,
      streams: {
        open,
        bytesPerStream: open ? Math.max(0, (rssStreams - rssBefore) / open) : 0,
        fanOutMs,
      },
    };
  } finally {
    stopWatching = true;
    for (const socket of sockets) socket.destroy();
    for (const child of children) child.kill('SIGKILL');
    await sink.stop();
    await admin.query(`drop schema if exists "${schema}" cascade`).catch(() => undefined);
    await admin.end();
  }
}
