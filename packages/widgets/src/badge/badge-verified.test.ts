/**
 * The badge's "verified" state end to end, in Chromium: a platform signs through the real
 * registry, and the badge sits on a page served under the platform's own host name (Chromium
 * maps that name to 127.0.0.1), loading the shipped bundle. The same badge on another host says
 * nothing is verified.
 */
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../../vitest.shared.ts';
import {
  registryCommands,
  stopTestRegistry,
  testRegistryUrl,
} from '../../test/registry-commands.js';
import { type SiteServer, startSiteServer } from '../../test/site-server.js';

const PLATFORM_HOST = 'velo-partage.example.org';
let registry: string;
let site: SiteServer;
let browser: Browser;

beforeAll(async () => {
  registry = await testRegistryUrl();
  await registryCommands.publishPlatform!(
    {} as never,
    'Vélo Partage Coop',
    `https://${PLATFORM_HOST}`,
    'mobilite',
  );
  site = await startSiteServer((url) => ({
    html: `<!doctype html><html lang="fr"><body><plateformcoop-badge registry="${registry}" platform="${url.searchParams.get('platform')}"></plateformcoop-badge>
       <script type="module" src="/cdn/badge.js"></script></body></html>`,
  }));
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      ...chromiumArgs,
      `--host-resolver-rules=MAP ${PLATFORM_HOST} 127.0.0.1, MAP www.elsewhere.example.org 127.0.0.1`,
      // WebCrypto needs a secure context; real platform sites are https.
      `--unsafely-treat-insecure-origin-as-secure=http://${PLATFORM_HOST}:${site.port},http://www.elsewhere.example.org:${site.port}`,
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  site?.close();
  await stopTestRegistry();
});

/** The platform the registry made of the signature (matched or created by its website). */
async function platformOfHost() {
  const list = (await (await fetch(`${registry}/v1/platforms`)).json()) as {
    slug: string;
    website?: string;
  }[];
  return list.find((p) => p.website && new URL(p.website).hostname === PLATFORM_HOST);
}

async function badgeOn(host: string, slug: string) {
  const page = await browser.newPage();
  await page.goto(`http://${host}:${site.port}/?platform=${slug}`);
  const handle = await page.waitForFunction(
    () => {
      const badge = document.querySelector('plateformcoop-badge');
      return badge?.shadowRoot?.querySelector('[part~="base"]:not([aria-busy])')
        ? badge.shadowRoot.textContent
        : null;
    },
    undefined,
    { timeout: 10_000 },
  );
  const text = String(await handle.jsonValue()).replace(/\s+/g, ' ');
  const verified = await page.evaluate(
    () => (document.querySelector('plateformcoop-badge') as { verified?: boolean }).verified,
  );
  await page.close();
  return { text, verified };
}

describe('<plateformcoop-badge> (shipped bundle)', () => {
  it('says "signed" on the platform’s own site, with who and when', async () => {
    const platform = await platformOfHost();
    expect(platform, 'the registry made a platform of the signature').toBeDefined();
    const { text, verified } = await badgeOn(PLATFORM_HOST, platform!.slug);
    expect(verified).toBe(true);
    expect(text).toContain('Signataire du manifeste PlateformCoop');
    expect(text).toContain('Vélo Partage Coop a signé le manifeste le');
  });

  it('says nothing is verified when the same badge is copied to another site', async () => {
    const platform = (await platformOfHost())!;
    const { text, verified } = await badgeOn('www.elsewhere.example.org', platform.slug);
    expect(verified).toBe(false);
    expect(text).toContain('non vérifiée');
  });
});
