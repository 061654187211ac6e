import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PLATEFORMCOOP_2023 } from '@plateformcoop/model';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../../../scripts/net/free-port.mjs';
import { chromiumArgs, chromiumPath } from '../../../../../vitest.shared.ts';
import { seedDemoSignatures } from '../../cli/demo-seed.js';
import { createRegistry } from '../../registry.js';
import { type RunningRegistry, serveRegistry } from '../../serve.js';
import { widgetsFolder } from './widget-routes.js';

// A page of another origin frames `/embed/counter` in Debian's Chromium: the counter's page runs
// under its strict CSP, shows the registry's number, and posts its height to the framing page.
// It needs the widgets' browser bundle (`npm run build` in packages/widgets, which turbo runs).

const SIGNATURES = 7;

describe('a widget framed by a page of another origin, in Chromium', () => {
  let running: RunningRegistry;
  let host: Server;
  let hostUrl: string;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-embed-'));
    const port = await freePort();
    const env = {
      DATA_DIR: dir,
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      REGISTRY_SECRET: 'embed-secret-0123456789abcdef0123456789',
      RATE_LIMIT_PER_HOUR: '0',
      MAIL_URL: 'console',
    };
    const seeding = await createRegistry({ env, log: () => {} });
    await seedDemoSignatures(seeding.context, PLATEFORMCOOP_2023, SIGNATURES);
    await seeding.close();
    running = await serveRegistry({ env, log: () => {} });

    const page = `<!doctype html><html lang="en"><head><title>Town hall</title></head><body>
<iframe src="${running.url}/embed/counter?lang=en" title="Signatures" style="border:0;width:100%"></iframe>
<script>
window.heights = [];
addEventListener('message', (e) => {
  if (e.data && e.data.type === 'plateformcoop:resize') window.heights.push([e.origin, e.data.height]);
});
</script></body></html>`;
    host = createServer((_, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(page);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await new Promise((resolve) => host?.close(resolve));
    await running?.stop();
  });

  it('shows the number and reports its height to the framing page', async () => {
    expect(widgetsFolder(undefined), 'widgets bundle (build @plateformcoop/widgets)').toBeDefined();
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(hostUrl);
      const frame = page.frameLocator('iframe');
      // Generous: the suite shares two cores with other work; a slow machine is not a failure.
      await expect
        .poll(
          async () =>
            (await frame.locator('[part~="number"]').textContent({ timeout: 1000 }))?.trim(),
          { timeout: 40_000, message: "the counter's number in the frame" },
        )
        .toBe(String(SIGNATURES));
      // The system's interface font, not the browser's default serif: a frame inherits no font.
      const font = await frame
        .locator('[part~="number"]')
        .evaluate((number) => getComputedStyle(number).fontFamily);
      expect(font).toMatch(/^system-ui, /);
      const heights = await page.waitForFunction(
        () => {
          const h = (window as unknown as { heights: [string, number][] }).heights;
          return h.length > 0 && h.at(-1)![1] > 0 ? h : undefined;
        },
        undefined,
        { timeout: 10_000 },
      );
      const [origin] = ((await heights.jsonValue()) as [string, number][]).at(-1)!;
      expect(origin).toBe(running.url);
      expect(new URL(hostUrl).origin).not.toBe(running.url);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
