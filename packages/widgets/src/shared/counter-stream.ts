import { apiPath, COUNTER_PATH, COUNTER_STREAM_PATH, type Counter } from '@plateformcoop/model';
import { apiUrl, getJson } from './registry-api.js';

type Receiver = (counter: Counter) => void;

/** The widgets following one counter address, and how to close their stream. */
type Followers = Set<Receiver> & { close?: () => void; last?: Counter };

/** One stream per counter address, shared by every widget of the bundle that follows it. */
const streams = new Map<string, Followers>();

/**
 * Follows a manifesto's counter on the registry's event stream (Server-Sent Events), as the
 * counter, the list of signatories and the map do: the registry names its events `counter`, each
 * carries the whole counter. The widgets of one bundle share one stream: a browser opens at most
 * six connections to a registry over HTTP/1.1, and a page with five live counters, a list and a
 * map would otherwise hold them all, leaving none for its other requests. A widget joining an
 * open stream gets its last counter at once. A browser without `EventSource` gets no stream: the
 * widget keeps the value it read. The stream reconnects by itself after a network cut; one the
 * registry refuses (past its caps of streams per client or in all: 429, 503) gives way to
 * reading the counter's cacheable document every `pollIntervalMs`. Returns the way to stop
 * following (the stream closes with its last follower).
 */
export function followCounter(
  registry: string,
  manifesto: string,
  receive: Receiver,
  pollIntervalMs = 15_000,
): (() => void) | undefined {
  if (typeof EventSource === 'undefined') return undefined;
  const url = apiUrl(registry, apiPath(COUNTER_STREAM_PATH, { id: manifesto }));
  const followers = streams.get(url);
  if (followers?.last) receive(followers.last);
  if (!followers) {
    const source = new EventSource(url);
    const opened: Followers = new Set();
    let poll: ReturnType<typeof setInterval> | undefined;
    const deliver = (counter: Counter) => {
      opened.last = counter;
      for (const follower of opened) follower(counter);
    };
    opened.close = () => {
      source.close();
      clearInterval(poll);
    };
    source.addEventListener('counter', (event) => {
      try {
        deliver(JSON.parse((event as MessageEvent<string>).data) as Counter);
      } catch {
        // a malformed event is ignored; the next one carries the whole counter again
      }
    });
    // A stream cut reconnects by itself (CONNECTING); one refused (an answer other than 200)
    // stays CLOSED.
    source.addEventListener('error', () => {
      if (source.readyState !== EventSource.CLOSED || poll) return;
      poll = setInterval(() => {
        getJson<Counter>(registry, apiPath(COUNTER_PATH, { id: manifesto })).then(
          deliver,
          () => undefined, // the next read may succeed; the widgets keep their figures meanwhile
        );
      }, pollIntervalMs);
    });
    streams.set(url, opened);
  }
  const following = streams.get(url)!;
  following.add(receive);
  return () => {
    following.delete(receive);
    if (!following.size) {
      following.close!();
      streams.delete(url);
    }
  };
}

/**
 * Reads a manifesto's counter once and, when `live`, follows it on the shared stream, handing
 * each counter to `receive` (the counter and the map); a failed read goes to `fail`, unless the
 * watch was stopped meanwhile. Returns the way to stop both.
 */
export function watchCounter(
  registry: string,
  manifesto: string,
  options: { locale: string; live: boolean; pollIntervalMs?: number },
  receive: Receiver,
  fail: (cause: unknown) => void,
): () => void {
  const abort = new AbortController();
  getJson<Counter>(registry, apiPath(COUNTER_PATH, { id: manifesto }), {
    signal: abort.signal,
    locale: options.locale,
  }).then(receive, (cause: unknown) => {
    if (!abort.signal.aborted) fail(cause);
  });
  const unfollow = options.live
    ? followCounter(registry, manifesto, receive, options.pollIntervalMs)
    : undefined;
  return () => {
    abort.abort();
    unfollow?.();
  };
}
