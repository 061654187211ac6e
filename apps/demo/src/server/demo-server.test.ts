import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN_PLACEHOLDERS } from '../site-build/placeholders.js';
import { type DemoServer, startDemoServer } from './demo-server.js';

describe('the demo server', () => {
  let server: DemoServer;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'pc-demo-site-'));
    mkdirSync(join(root, 'ville'));
    writeFileSync(
      join(root, 'index.html'),
      `<script src="${ORIGIN_PLACEHOLDERS.registry}/widgets/plateformcoop.js"></script><a href="${ORIGIN_PLACEHOLDERS.platformSite}/plateforme/">p</a>`,
    );
    writeFileSync(
      join(root, 'ville', 'index.html'),
      `<a href="${ORIGIN_PLACEHOLDERS.site}/">home</a>`,
    );
    writeFileSync(join(root, 'app.js'), `"${ORIGIN_PLACEHOLDERS.registry}"`);
    server = await startDemoServer({ registry: 'http://127.0.0.1:9999/', root });
  });
  afterAll(() => server.close());

  it('puts the real origins into pages, on 127.0.0.1', async () => {
    const home = await (await fetch(`${server.url}/`)).text();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(home).toContain('src="http://127.0.0.1:9999/widgets/plateformcoop.js"');
    expect(home).toContain(`href="http://coursiers-deule.localhost:${server.port}/plateforme/"`);
    const town = await (await fetch(`${server.url}/ville/`)).text();
    expect(town).toContain(`href="${server.url}/"`);
  });

  it('leaves other files untouched and redirects folders to their slash', async () => {
    expect(await (await fetch(`${server.url}/app.js`)).text()).toContain(
      ORIGIN_PLACEHOLDERS.registry,
    );
    const folder = await fetch(`${server.url}/ville`, { redirect: 'manual' });
    expect(folder.status).toBe(301);
    expect(folder.headers.get('location')).toBe('/ville/');
  });

  it('answers 404 for missing files and never leaves its folder', async () => {
    expect((await fetch(`${server.url}/nope.html`)).status).toBe(404);
    expect((await fetch(`${server.url}/..%2f..%2fetc/passwd`)).status).toBe(404);
  });
});
