/**
 * The shipped bundles under a strict Content-Security-Policy (no inline script or style, no
 * eval, connections only to the registry), in Chromium: every element renders and the browser
 * reports no violation.
 */
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../../vitest.shared.ts';
import { stopTestRegistry, testRegistryUrl } from '../../test/registry-commands.js';
import { type SiteServer, startSiteServer } from '../../test/site-server.js';

let registry: string;
let site: SiteServer;
let browser: Browser;

beforeAll(async () => {
  registry = await testRegistryUrl();
  site = await startSiteServer(() => ({
    headers: {
      'content-security-policy': `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' https:; connect-src ${registry}`,
    },
    html: `<!doctype html><html lang="fr"><head><link rel="stylesheet" href="/cdn/plateformcoop.css"></head><body>
        <plateformcoop-counter registry="${registry}" goal="100"></plateformcoop-counter>
        <plateformcoop-signature-form registry="${registry}"></plateformcoop-signature-form>
        <plateformcoop-signatories registry="${registry}"></plateformcoop-signatories>
        <plateformcoop-platform-card registry="${registry}" platform="mobicoop"></plateformcoop-platform-card>
        <plateformcoop-badge registry="${registry}" platform="mobicoop"></plateformcoop-badge>
        <plateformcoop-map registry="${registry}"></plateformcoop-map>
        <script type="module" src="/cdn/plateformcoop.js"></script>
        <script type="module" src="/cdn/map.js"></script></body></html>`,
  }));
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  site?.close();
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
    await page.goto(site.origin);
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
    // The map, its geometry fetched on demand, its tooltip placed over a département.
    const nord = page.locator('plateformcoop-map path[data-code="59"]');
    await nord.hover({ timeout: 10_000 });
    const tooltip = page.locator('plateformcoop-map [part="tooltip"]');
    await tooltip.waitFor({ timeout: 10_000 });
    expect(await tooltip.textContent()).toMatch(/^Nord \(59\) : /);
    expect(await tooltip.evaluate((tip) => (tip as HTMLElement).style.left)).toMatch(/px$/);
    expect(violations).toEqual([]);
    await page.close();
  });
});
