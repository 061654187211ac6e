// `npm run scale`: the scale harness at full size (see bench/scale.ts), printing its figures.
// SCALE_ROWS, SCALE_SECONDS, SCALE_RATE, SCALE_SATURATION, SCALE_READ_SECONDS, SCALE_STREAMS
// and SCALE_DATABASE_URL (else PLATEFORMCOOP_TEST_DATABASE_URL) change its size and database.
import { runScale } from './scale.js';

const databaseUrl =
  process.env.SCALE_DATABASE_URL ??
  process.env.PLATEFORMCOOP_TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';
const number = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

const figures = await runScale({
  databaseUrl,
  rows: number('SCALE_ROWS', 1_000_000),
  loadSeconds: number('SCALE_SECONDS', 30),
  rate: number('SCALE_RATE', 35),
  saturationSubmissions: number('SCALE_SATURATION', 3000),
  readSeconds: number('SCALE_READ_SECONDS', 10),
  streams: number('SCALE_STREAMS', 10_000),
  log: (line) => console.log(`  … ${line}`),
});
const f = figures;
console.log(`
Scale harness, ${new Date().toISOString().slice(0, 10)}: 3 registries, HAProxy, PostgreSQL, ${fmt(f.rows)} signatures seeded
  acknowledged signatures lost:        ${f.lostAcknowledged} of ${fmt(f.acknowledged)} (target 0)
  confirmation mails not sent once:    ${f.mailsNotOnce} (target 0; by Message-ID, ${f.resentAfterKill} sent again with the same one after the SIGKILL)
  counters gone backwards:             ${f.countersBackwards}; all processes converged: ${f.converged}
  counter staleness across processes:  p50 ${fmt(f.staleness.p50)} ms, p99 ${fmt(f.staleness.p99)} ms, max ${fmt(f.staleness.max)} ms (${fmt(f.staleness.samples)} samples; target p99 < 2 s)
  per counter change (${f.perChange.changes} one by one, ${fmt(f.perChange.seconds)} s, resync timers included): ${fmt(f.perChange.counterTotalsReads)} reads of counter_totals, ${fmt(f.perChange.signatureRowsRead)} signature rows read
  per second of load (${fmt(f.perSecond.changes)} changes/s): ${fmt(f.perSecond.counterTotalsReads)} reads of counter_totals, ${fmt(f.perSecond.signatureRowsRead)} signature rows read (a restart's retention scan included)
  counter reads:                       ${fmt(f.reads.haproxy)}/s through HAProxy (p99 ${f.reads.haproxyP99} ms), ${fmt(f.reads.direct)}/s from one process directly (p99 ${f.reads.directP99} ms)
  submissions at ${number('SCALE_RATE', 35)}/s:                 ${fmt(f.submissions.paced.perSecond)}/s acknowledged, p99 ${f.submissions.paced.p99} ms
  submissions at saturation:           ${fmt(f.submissions.saturated.perSecond)}/s, p99 ${f.submissions.saturated.p99} ms
  memory per process:                  ${f.memoryMb.join(', ')} MB
  counter streams:                     ${fmt(f.streams.open)} open on one process, ${fmt(f.streams.bytesPerStream / 1024)} KB each, one change to all in ${fmt(f.streams.fanOutMs)} ms
`);
if (f.lostAcknowledged || f.mailsNotOnce || f.countersBackwards || !f.converged)
  process.exitCode = 1;
