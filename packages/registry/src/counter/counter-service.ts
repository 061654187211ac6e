import { createHash } from 'node:crypto';
import { type Counter, SIGNATORY_KINDS } from '@plateformcoop/model';
import type { CounterTotalsStore } from '../store/counter-totals-store.js';
import type { ChangeNotifier } from './change-notifier.js';

/** A counter ready to serve: the object, its JSON bytes and their ETag, computed once per change. */
export interface CounterSnapshot {
  counter: Counter;
  json: string;
  etag: string;
}

type Listener = (snapshot: CounterSnapshot) => void;

/**
 * The counters of every manifesto, served from memory. `refresh` rereads one's totals (a few
 * rows the publishing transactions keep, never a scan of the signatures) after each change,
 * concurrent refreshes coalescing into one more run, and tells the listeners (the Server-Sent
 * Events streams). Refreshes of one manifesto run one after the other, each reading committed
 * totals, so a counter only goes back when a signature left publication. A timer rereads every
 * counter too (`startResync`): a lost notification delays a change by seconds, never forever.
 */
export class CounterService {
  private readonly snapshots = new Map<string, CounterSnapshot>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly running = new Map<string, Promise<void>>();
  private readonly again = new Set<string>();
  private notifier: ChangeNotifier | undefined;
  private resync: NodeJS.Timeout | undefined;

  constructor(
    private readonly totals: CounterTotalsStore,
    /** Each manifesto's goal, if any. */
    private readonly goalOf: (manifestoId: string) => number | undefined,
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  /** Rereads every counter every `intervalMs`, until `stop()`. */
  startResync(intervalMs: number): void {
    if (this.resync || intervalMs <= 0) return;
    this.resync = setInterval(
      () =>
        void this.refreshAll().catch((error: unknown) =>
          this.log(`counters: resynchronisation failed (${(error as Error)?.message ?? error})`),
        ),
      intervalMs,
    );
    this.resync.unref();
  }

  stop(): void {
    if (this.resync) clearInterval(this.resync);
    this.resync = undefined;
  }

  /** The current snapshot (computed on first use). */
  async get(manifestoId: string): Promise<CounterSnapshot> {
    const known = this.current(manifestoId);
    if (known) return known;
    await this.refresh(manifestoId);
    return this.snapshots.get(manifestoId)!;
  }

  /** The current snapshot if it was computed already: the hot path reads it without a promise. */
  current(manifestoId: string): CounterSnapshot | undefined {
    return this.snapshots.get(manifestoId);
  }

  /** Other processes on the same database hear of this process's changes through it. */
  useNotifier(notifier: ChangeNotifier): void {
    this.notifier = notifier;
  }

  /** Recomputes every counter computed so far (after a notification connection came back). */
  async refreshAll(): Promise<void> {
    await Promise.all([...this.snapshots.keys()].map((id) => this.refresh(id)));
  }

  /** After a change of published signatures: recompute, and tell the other processes. */
  async changed(manifestoId: string): Promise<void> {
    await this.refresh(manifestoId);
    await this.notifier?.notify(manifestoId);
  }

  /** Recomputes a counter; resolves once a computation that started after the call is done. */
  refresh(manifestoId: string): Promise<void> {
    const current = this.running.get(manifestoId);
    if (current) {
      this.again.add(manifestoId);
      return current.then(() => this.running.get(manifestoId) ?? Promise.resolve());
    }
    const run = this.compute(manifestoId).finally(() => {
      this.running.delete(manifestoId);
      if (this.again.delete(manifestoId)) void this.refresh(manifestoId);
    });
    this.running.set(manifestoId, run);
    return run;
  }

  /** How many listeners (open streams) there are now, across manifestos. */
  openStreams(): number {
    let open = 0;
    for (const set of this.listeners.values()) open += set.size;
    return open;
  }

  subscribe(manifestoId: string, listener: Listener): () => void {
    const set = this.listeners.get(manifestoId) ?? new Set<Listener>();
    this.listeners.set(manifestoId, set);
    set.add(listener);
    return () => set.delete(listener);
  }

  private async compute(manifestoId: string): Promise<void> {
    const rows = await this.totals.read(manifestoId);
    const byKind = Object.fromEntries(SIGNATORY_KINDS.map((k) => [k, 0])) as Counter['byKind'];
    const byDepartement: Record<string, number> = {};
    const byRegion: Record<string, number> = {};
    const byDepartementAndKind: Counter['byDepartementAndKind'] = {};
    const byRegionAndKind: Counter['byRegionAndKind'] = {};
    let total = 0;
    let populationCovered = 0;
    for (const { bucket, count, population } of rows) {
      if (count <= 0) continue; // a bucket emptied by withdrawals
      // `kind:<kind>`, `dep:<code>:<kind>`, `reg:<code>:<kind>` (see CounterTotalsStore).
      const [dimension, code = '', of = ''] = bucket.split(':');
      if (dimension === 'kind') {
        total += count;
        if (code in byKind) byKind[code as keyof Counter['byKind']] += count;
        if (code === 'collectivity') populationCovered += population;
        continue;
      }
      if (!(of in byKind)) continue;
      const kind = of as keyof Counter['byKind'];
      if (dimension === 'dep') {
        byDepartement[code] = (byDepartement[code] ?? 0) + count;
        addTo(byDepartementAndKind, code, kind, count);
      } else if (dimension === 'reg') {
        byRegion[code] = (byRegion[code] ?? 0) + count;
        addTo(byRegionAndKind, code, kind, count);
      }
    }
    const goal = this.goalOf(manifestoId);
    const counter: Counter = {
      manifestoId,
      total,
      byKind,
      byDepartement: sortKeys(byDepartement),
      byRegion: sortKeys(byRegion),
      byDepartementAndKind: sortKeys(byDepartementAndKind),
      byRegionAndKind: sortKeys(byRegionAndKind),
      populationCovered,
      ...(goal ? { goal } : {}),
      updatedAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    };
    const previous = this.snapshots.get(manifestoId);
    const totals = JSON.stringify({ ...counter, updatedAt: undefined });
    if (previous && JSON.stringify({ ...previous.counter, updatedAt: undefined }) === totals)
      return;
    const json = JSON.stringify(counter);
    const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 22)}"`;
    const snapshot = { counter, json, etag };
    this.snapshots.set(manifestoId, snapshot);
    if (previous) for (const listener of this.listeners.get(manifestoId) ?? []) listener(snapshot);
  }
}

/** Adds a count to a territory's figure for one kind. */
function addTo(
  totals: Counter['byDepartementAndKind'],
  territory: string,
  kind: keyof Counter['byKind'],
  count: number,
): void {
  const kinds = totals[territory] ?? {};
  kinds[kind] = (kinds[kind] ?? 0) + count;
  totals[territory] = kinds;
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
