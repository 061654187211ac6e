import { apiPath, COUNTER_STREAM_PATH, type Counter } from '@plateformcoop/model';
import { apiUrl } from './registry-api.js';

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
 * widget keeps the value it read. The stream reconnects by itself after a network cut. Returns
 * the way to stop following (the stream closes with its last follower).
 */
export function followCounter(
  registry: string,
  manifesto: string,
  receive: Receiver,
): (() => void) | undefined {
  if (typeof EventSource === 'undefined') return undefined;
  const url = apiUrl(registry, apiPath(COUNTER_STREAM_PATH, { id: manifesto }));
  const followers = streams.get(url);
  if (followers?.last) receive(followers.last);
  if (!followers) {
    const source = new EventSource(url);
    const opened: Followers = new Set();
    opened.close = () => source.close();
    source.addEventListener('counter', (event) => {
      try {
        opened.last = JSON.parse((event as MessageEvent<string>).data) as Counter;
        for (const follower of opened) follower(opened.last);
      } catch {
        // a malformed event is ignored; the next one carries the whole counter again
      }
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
