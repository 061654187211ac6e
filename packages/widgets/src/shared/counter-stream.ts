import { apiPath, COUNTER_STREAM_PATH, type Counter } from '@plateformcoop/model';
import { apiUrl } from './registry-api.js';

/**
 * Follows a manifesto's counter on the registry's event stream (Server-Sent Events), as the
 * counter, the list of signatories and the map do: the registry names its events `counter`, each
 * carries the whole counter. A browser without `EventSource` gets no stream (`undefined`): the
 * widget keeps the value it read. The stream reconnects by itself after a network cut.
 */
export function followCounter(
  registry: string,
  manifesto: string,
  receive: (counter: Counter) => void,
): EventSource | undefined {
  if (typeof EventSource === 'undefined') return undefined;
  const stream = new EventSource(apiUrl(registry, apiPath(COUNTER_STREAM_PATH, { id: manifesto })));
  stream.addEventListener('counter', (event) => {
    try {
      receive(JSON.parse((event as MessageEvent<string>).data) as Counter);
    } catch {
      // a malformed event is ignored; the next one carries the whole counter again
    }
  });
  return stream;
}
