/**
 * The shipped bundles under a strict Content-Security-Policy (no inline script or style, no
 * eval, connections only to the registry), in Chromium: every element renders and the browser
 * reports no violation.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../../vitest.shared.ts';
import { stopTestRegistry, testRegistryUrl } from '../../test/registry-commands.js';

const cdn = join(import.meta.dirname, '../../dist/cdn');
let registry: string;
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  registry = await testRegistryUrl();
  server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path.startsWith('/cdn/')) {
      const body = await readFile(join(cdn, path.slice('/cdn/'.length).replace(/\.\./g, ''))).catch(
        () => undefined,
      );
      if (!body) return response.writeHead(404).end();
      const type = path.endsWith('.css') ? 'text/css' : 'text/javascript';
      return response.writeHead(200, { 'content-type': type }).end(body);
    }
    response
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' https:; connect-src ${registry}`,
      })
      .end(`<!doctype html><html lang="fr"><head><link rel="stylesheet" href="/cdn/plateformcoop.css"></head><body>
        <plateformcoop-counter registry="${registry}" goal="100"></plateformcoop-counter>
        <plateformcoop-signature-form registry="${registry}"></plateformcoop-signature-form>
        <plateformcoop-signatories registry="${registry}"></plateformcoop-signatories>
        <plateformcoop-platform-card registry="${registry}" platform="mobicoop"></plateformcoop-platform-card>
        <plateformcoop-badge registry="${registry}" platform="mobicoop"></plateformcoop-badge>
        <script type="module" src="/cdn/plateformcoop.js"></script></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  await stopTestRegistry();
});

describe('under a strict Content-Security-Policy', () => {
  it('renders every element with no violation', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text()))
        violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`Refused to: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(origin);
    await page.waitForFunction(
      () =>
        (document.querySelector('plateformcoop-counter') as { count?: number }).count !== undefined,
      undefined,
      { timeout: 10_000 },
    );
    await page.waitForFunction(
      () =>
        document.querySelector('plateformcoop-signature-form')?.shadowRoot?.querySelector('form'),
      undefined,
      { timeout: 10_000 },
    );
    // Styles applied: the counter's number is in the theme's colour and size.
    const color = await page.evaluate(() => {
      const number = document
        .querySelector('plateformcoop-counter')!
        .shadowRoot!.querySelector('.number')!;
      return getComputedStyle(number).color;
    });
    expect(color).toBe('rgb(29, 79, 145)');
    expect(violations).toEqual([]);
    await page.close();
  });
});
