/**
 * Runs inside a widget's iframe page (served by the registry at `/embed/<widget>`): tells the
 * parent page the content's height each time it changes. Nothing is sent but a number.
 */
import { RESIZE_MESSAGE, type ResizeMessage } from './embed-message.js';

export function reportHeight(target: Window = window.parent): () => void {
  let last = -1;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    target.postMessage({ type: RESIZE_MESSAGE, height } satisfies ResizeMessage, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(document.documentElement);
  send();
  return () => observer.disconnect();
}
