import { describe, expect, it } from 'vitest';
import { until } from '../../test/render.js';
import { resizeFramesOnMessage } from './embed-host.js';

describe('iframe resizing', () => {
  it('resizes a frame to the height its page reports, and ignores other windows', async () => {
    const stop = resizeFramesOnMessage();
    try {
      // The frame's page: a tall block and the frame script, as the registry's embed page has.
      const frameScript = new URL('./embed-frame.ts', import.meta.url).href;
      const page = `<!doctype html><body style="margin:0"><div style="height:345px"></div>
        <script type="module">import { reportHeight } from '${frameScript}'; reportHeight();</script></body>`;
      const frame = document.createElement('iframe');
      frame.style.height = '50px';
      frame.srcdoc = page;
      document.body.replaceChildren(frame);
      // srcdoc frames share the page's origin, which is what the host checks against.
      Object.defineProperty(frame, 'src', { value: location.href });
      await until(() => frame.style.height === '345px', 'the reported height');
      // A message from this window (not the frame's) changes nothing.
      window.postMessage({ type: 'plateformcoop:resize', height: 10 }, '*');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(frame.style.height).toBe('345px');
    } finally {
      stop();
    }
  });
});
