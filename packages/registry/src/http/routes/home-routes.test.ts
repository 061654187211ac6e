import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { messageFor } from '@plateformcoop/signature';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningRegistry, serveRegistry } from '../../serve.js';
import { publishCitizen } from '../../test/publish-over-http.js';
import { MANIFESTO, OutboxMailer } from '../../test/test-registry.js';

// The root page over HTTP, on a registry listening on 127.0.0.1: its words by Accept-Language,
// the live total of the manifesto, a snippet naming the public URL, and links that all answer.

const PUBLIC_URL = 'https://signer.example.org';

describe('GET / on the registry', () => {
  let running: RunningRegistry;
  const outbox = new OutboxMailer();
  beforeAll(async () => {
    running = await serveRegistry({
      env: {
        DATA_DIR: mkdtempSync(join(tmpdir(), 'pc-home-')),
        PORT: '0',
        PUBLIC_URL,
        REGISTRY_SECRET: 'home-secret-0123456789abcdef0123456789',
        POW_COST: '1',
        RATE_LIMIT_PER_HOUR: '0',
      },
      mailer: outbox,
      log: () => {},
    });
  });
  afterAll(async () => {
    await running?.stop();
  });

  const home = (acceptLanguage?: string) =>
    fetch(`${running.url}/`, {
      headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {},
    });

  it('is a French page by default, under its own CSP, revalidated by caches per language', async () => {
    const response = await home();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('vary')).toMatch(/Accept-Language/i);
    const html = await response.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain(`<h1>${messageFor('page.home.title', 'fr')}</h1>`);
    expect(html).toContain(messageFor('page.home.total', 'fr', { total: '0' }));
    expect(html).toContain('PlateformCoop Nord-Pas de Calais');
  });

  it('answers in English to a browser that prefers English', async () => {
    const html = await (await home('en-GB,en;q=0.9,fr;q=0.5')).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(`<h1>${messageFor('page.home.title', 'en')}</h1>`);
    expect(html).toContain(messageFor('page.home.total', 'en', { total: '0' }));
    expect(html).not.toContain(messageFor('page.home.title', 'fr'));
  });

  it('shows the live total once a signature is published', async () => {
    await publishCitizen(running, outbox, 'sacha@example.org');
    expect(await (await home('fr')).text()).toContain(
      messageFor('page.home.total', 'fr', { total: '1' }),
    );
    expect(await (await home('en')).text()).toContain(
      messageFor('page.home.total', 'en', { total: '1' }),
    );
  });

  it('gives the embedding snippet with the public URL, and links that all answer', async () => {
    const html = await (await home()).text();
    expect(html).toContain(
      `&#60;script type=&#34;module&#34; src=&#34;${PUBLIC_URL}/widgets/plateformcoop.js&#34;&#62;&#60;/script&#62;`,
    );
    expect(html).toContain(
      `&#60;plateformcoop-counter manifesto=&#34;${MANIFESTO}&#34; live&#62;&#60;/plateformcoop-counter&#62;`,
    );
    const links = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    expect(links).toEqual(
      expect.arrayContaining([
        'docs',
        'openapi.json',
        'admin/',
        `v1/manifestos/${MANIFESTO}/counter`,
        `v1/manifestos/${MANIFESTO}/signatories.csv`,
        `v1/manifestos/${MANIFESTO}/signatories.json`,
        `v1/manifestos/${MANIFESTO}/datapackage.json`,
        // The open data's licence, by default.
        'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
      ]),
    );
    // The registry's own links (relative) all answer; the bundle the snippet loads is served
    // here too (by its path: PUBLIC_URL is not this test's).
    const own = links.filter((link) => !/^https?:/.test(link));
    for (const target of [...own, 'widgets/plateformcoop.js']) {
      const response = await fetch(new URL(target, `${running.url}/`));
      expect({ target, status: response.status }).toEqual({ target, status: 200 });
    }
  });

  it('answers HEAD like GET, without a body', async () => {
    const response = await fetch(`${running.url}/`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});
