import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { startTestRegistry, type TestRegistry } from '../../test/test-registry.js';

// The iframe pages touch no storage: SQLite alone is enough.
const [sqlite] = testDatabases();

describe('widgets as iframe pages (/embed/:widget)', () => {
  let t: TestRegistry;
  let listed: TestRegistry;
  beforeAll(async () => {
    t = await startTestRegistry(sqlite!);
    listed = await startTestRegistry(
      { name: 'sqlite', url: `${sqlite!.url}-listed` },
      { corsOrigins: ['https://mairie.example', 'https://agence.example'] },
    );
  });
  afterAll(async () => {
    await t?.close();
    await listed?.close();
  });

  it('serves each widget as a page that may be framed, under a CSP with no inline code', async () => {
    for (const widget of ['counter', 'signature-form', 'platform-card', 'badge', 'signatories']) {
      const response = await t.request(`/embed/${widget}`);
      expect(response.status, widget).toBe(200);
      const html = await response.text();
      expect(html).toContain('<html lang="fr">');
      expect(html).toContain(`<plateformcoop-${widget} registry="http://registry.test">`);
      expect(html).toContain(`<script type="module" src="/widgets/${widget}.js"></script>`);
      expect(html).toContain('<script type="module" src="/widgets/embed-frame.js"></script>');
      expect(html).toContain('<link rel="stylesheet" href="/widgets/plateformcoop.css">');
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html).not.toMatch(/<style|\sstyle=/);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('x-frame-options'), widget).toBeNull();
      expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
      expect(response.headers.get('cache-control')).toBe('public, max-age=300');
      expect(response.headers.get('content-security-policy')).toBe(
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' https:; base-uri 'none'; form-action 'none'; frame-ancestors *",
      );
    }
    // Every other page still refuses to be framed.
    const docs = await t.request('/docs');
    expect(docs.headers.get('x-frame-options')).toBe('DENY');
    expect(docs.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('lets only the configured origins frame the pages when CORS_ORIGINS lists them', async () => {
    const response = await listed.request('/embed/counter');
    expect(response.headers.get('content-security-policy')).toContain(
      'frame-ancestors https://mairie.example https://agence.example',
    );
  });

  it('sets the body margin through its own stylesheet', async () => {
    const response = await t.request('/assets/embed.css');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/css/);
    expect(await response.text()).toMatch(/body\{[^}]*margin:0/);
    expect((await t.request('/embed/counter')).headers.get('content-type')).toMatch(/html/);
    expect(await (await t.request('/embed/counter')).text()).toContain(
      '<link rel="stylesheet" href="/assets/embed.css">',
    );
  });

  it('copies the allowed query parameters as attributes, in English when asked', async () => {
    const response = await t.request(
      '/embed/counter?goal=1000&lang=en&live=&departement=59&onclick=alert(1)&style=color:red',
    );
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>PlateformCoop manifesto</title>');
    expect(html).toContain(
      '<plateformcoop-counter registry="http://registry.test" lang="en" departement="59" goal="1000" live="">',
    );
    expect(html).not.toContain('onclick');
    expect(html).not.toContain('color:red');
  });

  it('escapes hostile values so they stay attribute text', async () => {
    const hostile = `"><script>alert(1)</script><x y='`;
    const response = await t.request(
      `/embed/signatories?q=${encodeURIComponent(hostile)}&lang=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`,
    );
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('q="&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;&#60;x y=&#39;"');
    expect(html.match(/<plateformcoop-signatories [^>]*>/g)).toHaveLength(1);
  });

  it('answers 404 with the JSON error shape for an unknown widget', async () => {
    for (const path of ['/embed/unknown', '/embed/admin', '/embed/', '/embed/counter.js']) {
      const response = await t.request(path, { headers: { 'accept-language': 'en' } });
      expect(response.status, path).toBe(404);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('not_found');
      expect(body.error.message.length).toBeGreaterThan(0);
    }
  });
});
