import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleSubmissions } from '@plateformcoop/model';
import type { Challenge } from 'altcha-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../scripts/net/free-port.mjs';
import { ProxyClient } from './client/proxy-client.js';
import { solveAltcha } from './client/solve-challenge.js';
import { parseEnvironmentFile, readDeployFile, substitute } from './deploy-files.js';
import { type RunningNginx, startNginx } from './nginx/nginx-server.js';
import { selfSignedCertificate } from './nginx/self-signed-certificate.js';
import { waitForLink } from './registry/outbox.js';
import { type RegistryService, startRegistryService } from './registry/registry-service.js';

// deploy/nginx/plateformcoop-registry.conf as shipped (only its ports, upstream port and
// certificate paths substituted) in Debian's nginx, in front of the registry started from
// deploy/registry.env.example: what a campaign's server runs, on 127.0.0.1.

const HOSTNAME = 'signer.example.org';
const MANIFESTO = 'plateformcoop-2023';
const COUNTER = `/v1/manifestos/${MANIFESTO}/counter`;

describe('the shipped nginx configuration in front of a registry', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pc-deploy-nginx-'));
  const outbox = join(dir, 'outbox');
  let registry: RegistryService;
  let nginx: RunningNginx;
  let client: ProxyClient;

  beforeAll(async () => {
    const ports = { registry: await freePort(), http: await freePort(), https: await freePort() };
    const certificate = selfSignedCertificate(dir, HOSTNAME);
    client = new ProxyClient(HOSTNAME, { http: ports.http, https: ports.https }, certificate.pem);
    const environment = parseEnvironmentFile(readDeployFile('registry.env.example'));
    registry = await startRegistryService({
      ...environment,
      PUBLIC_URL: client.origin,
      PORT: String(ports.registry),
      DATA_DIR: join(dir, 'data'),
      MAIL_URL: `file:${outbox}`,
      // Ten challenges per address and hour: the limit is reached within the test.
      RATE_LIMIT_PER_HOUR: '1',
      POW_COST: '1',
    });
    const site = substitute(
      readDeployFile('nginx/plateformcoop-registry.conf'),
      {
        'server 127.0.0.1:8787;': `server 127.0.0.1:${ports.registry};`,
        'listen 80;': `listen 127.0.0.1:${ports.http};`,
        'listen [::]:80;': '',
        'listen 443 ssl http2;': `listen 127.0.0.1:${ports.https} ssl http2;`,
        'listen [::]:443 ssl http2;': '',
        [`/etc/letsencrypt/live/${HOSTNAME}/fullchain.pem`]: certificate.certificateFile,
        [`/etc/letsencrypt/live/${HOSTNAME}/privkey.pem`]: certificate.keyFile,
        'root /var/www/letsencrypt;': `root ${join(dir, 'acme')};`,
      },
      'deploy/nginx/plateformcoop-registry.conf',
    );
    nginx = await startNginx({ dir: join(dir, 'nginx'), site, ports: [ports.http, ports.https] });
  }, 60_000);

  /**
   * A citizen signs through nginx from `from` (each address may submit once an hour here), and
   * confirms with the token of the mail's link, which must name the public URL and open its
   * page. `beforeConfirm` runs just before the confirmation is posted.
   */
  async function publishCitizen(
    person: { email: string; postalCode: string; from: string },
    beforeConfirm: () => void = () => {},
  ): Promise<void> {
    const { from } = person;
    const challenge = JSON.parse(
      (await client.fetch(`/v1/manifestos/${MANIFESTO}/challenge`, { from })).text,
    ) as Challenge;
    const signed = await client.fetch(`/v1/manifestos/${MANIFESTO}/signatures`, {
      method: 'POST',
      from,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        ...exampleSubmissions.individual,
        signatory: {
          kind: 'individual',
          individual: {
            givenName: 'Sacha',
            familyName: 'Exemple',
            email: person.email,
            postalCode: person.postalCode,
          },
        },
        altcha: await solveAltcha(challenge),
      }),
    });
    expect(signed.status).toBe(202);
    const link = await waitForLink(outbox, person.email, 'confirm');
    expect(link.startsWith(`${client.origin}/confirm?token=`)).toBe(true);
    const landing = new URL(link);
    expect((await client.fetch(`${landing.pathname}${landing.search}`, { from })).status).toBe(200);
    beforeConfirm();
    const confirmed = await client.fetch('/v1/confirmations', {
      method: 'POST',
      from,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: landing.searchParams.get('token') }),
    });
    expect(confirmed.status).toBe(200);
  }

  afterAll(async () => {
    await nginx?.stop();
    await registry?.stop();
  });

  it('uses the environment file as shipped: loopback only, behind a trusted proxy', () => {
    const environment = parseEnvironmentFile(readDeployFile('registry.env.example'));
    expect(environment).toMatchObject({ HOST: '127.0.0.1', PORT: '8787', TRUST_PROXY: '1' });
    expect(environment.PUBLIC_URL).toBe(`https://${HOSTNAME}`);
  });

  it('terminates TLS with the configured certificate, and sends plain HTTP to HTTPS', async () => {
    // The client trusts only the test's certificate: the answer proves nginx presented it.
    const page = await client.fetch('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    // The registry's own security headers pass through, HSTS once.
    expect(page.headers['strict-transport-security']).toMatch(/^max-age=\d+/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');

    const plain = await client.fetch('/docs?x=1', {}, false);
    expect(plain.status).toBe(301);
    expect(plain.headers.location).toBe(`https://${HOSTNAME}/docs?x=1`);
  });

  it('passes a counter change on to a stream client at once, through nginx', async () => {
    const stream = await client.stream(`${COUNTER}/stream`);
    try {
      const first = await stream.next((e) => e.event === 'counter', { timeoutMs: 10_000 });
      expect(JSON.parse(first.data)).toMatchObject({ total: 0 });
      expect(stream.response.headers['content-encoding']).toBeUndefined();

      // A citizen signs through nginx; confirming publishes the signature, and the stream's
      // next event must come through nginx promptly. Buffered, it would wait behind nginx's
      // buffer until the registry's next keep-alive comment, 25 s later. The bound is generous;
      // what it catches is the buffering.
      const email = 'sacha@example.org';
      let changedAt = 0;
      await publishCitizen({ email, postalCode: '59000', from: '127.0.0.1' }, () => {
        changedAt = performance.now();
      });
      const update = await stream.next(
        (e) => e.event === 'counter' && (JSON.parse(e.data) as { total: number }).total === 1,
        { timeoutMs: 20_000 },
      );
      expect(update.receivedAt - changedAt).toBeLessThan(3_000);

      const withdraw = await waitForLink(outbox, email, 'withdraw');
      expect(withdraw.startsWith(`${client.origin}/withdraw?token=`)).toBe(true);
    } finally {
      stream.close();
    }
  }, 60_000);

  it('links the root page and its embedding snippet to PUBLIC_URL', async () => {
    const page = await client.fetch('/', { headers: { 'accept-language': 'en' } });
    expect(page.text).toContain(
      `src=&#34;${client.origin}/widgets/plateformcoop.js&#34;&#62;&#60;/script&#62;`,
    );
    // The bundle is there, through nginx, at that address.
    expect((await client.fetch('/widgets/plateformcoop.js')).status).toBe(200);
  });

  it('limits each client by the address nginx sees, whatever X-Forwarded-For it sends', async () => {
    const challenge = `/v1/manifestos/${MANIFESTO}/challenge`;
    for (let i = 0; i < 10; i++)
      expect((await client.fetch(challenge, { from: '127.0.0.3' })).status).toBe(200);
    const limited = await client.fetch(challenge, { from: '127.0.0.3' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // A forged header does not make another client of it...
    expect(
      (
        await client.fetch(challenge, {
          from: '127.0.0.3',
          headers: { 'x-forwarded-for': '192.0.2.7' },
        })
      ).status,
    ).toBe(429);
    // ...and the client next to it, behind the same proxy, is not limited.
    expect((await client.fetch(challenge, { from: '127.0.0.4' })).status).toBe(200);
    expect(
      (
        await client.fetch(challenge, {
          from: '127.0.0.4',
          headers: { 'x-forwarded-for': '127.0.0.3' },
        })
      ).status,
    ).toBe(200);
  });

  it('compresses JSON and the widgets, and keeps their caching headers', async () => {
    // A counter as a campaign's soon is, with signatories in several départements: large
    // enough for gzip (nginx then hands its ETag on made weak).
    const towns = [
      ['75001', '127.0.0.5'],
      ['69001', '127.0.0.6'],
      ['13001', '127.0.0.7'],
    ] as const;
    for (const [postalCode, from] of towns)
      await publishCitizen({ email: `camille.${postalCode}@example.org`, postalCode, from });
    const gzip = { headers: { 'accept-encoding': 'gzip' } };
    const widgets = await client.fetch('/widgets/plateformcoop.js', gzip);
    expect(widgets.headers['content-encoding']).toBe('gzip');
    expect(widgets.headers['cache-control']).toBe('public, max-age=300');
    const direct = await fetch(`${registry.url}/widgets/plateformcoop.js`);
    expect(widgets.text).toBe(await direct.text());
    expect(widgets.raw.length).toBeLessThan(Number(direct.headers.get('content-length')) / 2);

    const manifestos = await client.fetch('/v1/manifestos', gzip);
    expect(manifestos.headers['content-encoding']).toBe('gzip');
    expect(manifestos.headers['cache-control']).toBe('public, max-age=300');
    expect(JSON.parse(manifestos.text)).toEqual(
      await (await fetch(`${registry.url}/v1/manifestos`)).json(),
    );

    const counter = await client.fetch(COUNTER, gzip);
    expect(counter.status).toBe(200);
    expect(counter.headers['cache-control']).toBe('public, max-age=5, stale-while-revalidate=30');
    expect(counter.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(counter.text)).toMatchObject({ total: 4 });
    const etag = counter.headers.etag!;
    expect(etag).toMatch(/^W\//);
    // A browser or CDN revalidates with the ETag it got from nginx (weak when compressed).
    const revalidated = await client.fetch(COUNTER, {
      headers: { ...gzip.headers, 'if-none-match': etag },
    });
    expect(revalidated.status).toBe(304);

    // No compression for a client that does not ask for it.
    expect((await client.fetch('/v1/manifestos')).headers['content-encoding']).toBeUndefined();
  });

  it('leaves nothing alarming in the error log', () => {
    expect(nginx.errors()).not.toMatch(/\[(emerg|alert|crit|error)\]/);
    expect(readFileSync(join(dir, 'nginx', 'access.log'), 'utf8')).toContain('/counter/stream');
  });
});
