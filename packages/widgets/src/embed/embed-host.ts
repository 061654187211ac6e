/**
 * Optional, on the host page: resizes the widgets' iframes to their content. Only a message
 * from an iframe's own window, from that iframe's origin, resizes that iframe.
 */
import { isResizeMessage } from './embed-message.js';

export function resizeFramesOnMessage(root: Document = document): () => void {
  const onMessage = (event: MessageEvent) => {
    if (!isResizeMessage(event.data)) return;
    for (const frame of root.querySelectorAll('iframe')) {
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, root.baseURI).origin !== event.origin) return;
      frame.style.height = `${Math.min(event.data.height, 20_000)}px`;
      return;
    }
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
