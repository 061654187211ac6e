/**
 * The badge's "verified" state end to end, in Chromium: a platform signs through the real
 * registry, and the badge sits on a page served under the platform's own host name (Chromium
 * maps that name to 127.0.0.1), loading the shipped bundle. The same badge on another host says
 * nothing is verified.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../../vitest.shared.ts';
import {
  registryCommands,
  stopTestRegistry,
  testRegistryUrl,
} from '../../test/registry-commands.js';

const PLATFORM_HOST = 'velo-partage.example.org';
const cdn = join(import.meta.dirname, '../../dist/cdn');
let registry: string;
let server: Server;
let port: number;
let browser: Browser;

beforeAll(async () => {
  registry = await testRegistryUrl();
  await registryCommands.publishPlatform!(
    {} as never,
    'Vélo Partage Coop',
    `https://${PLATFORM_HOST}`,
    'mobilite',
  );
  server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path.startsWith('/cdn/')) {
      const body = await readFile(join(cdn, path.slice('/cdn/'.length).replace(/\.\./g, ''))).catch(
        () => undefined,
      );
      if (!body) return response.writeHead(404).end();
      return response.writeHead(200, { 'content-type': 'text/javascript' }).end(body);
    }
    const slug = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams.get('platform');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
      `<!doctype html><html lang="fr"><body><plateformcoop-badge registry="${registry}" platform="${slug}"></plateformcoop-badge>
       <script type="module" src="/cdn/badge.js"></script></body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      ...chromiumArgs,
      `--host-resolver-rules=MAP ${PLATFORM_HOST} 127.0.0.1, MAP www.elsewhere.example.org 127.0.0.1`,
      // WebCrypto needs a secure context; real platform sites are https.
      `--unsafely-treat-insecure-origin-as-secure=http://${PLATFORM_HOST}:${port},http://www.elsewhere.example.org:${port}`,
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
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
  await page.goto(`http://${host}:${port}/?platform=${slug}`);
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
