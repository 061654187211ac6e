import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../../scripts/net/free-port.mjs';
import { loadConfig } from '../config/config.js';
import { type RunningRegistry, serveRegistry } from '../serve.js';
import { testDatabases } from '../test/databases.js';
import {
  ADMIN_TOKEN,
  MANIFESTO,
  registryOn,
  startTestRegistry,
  type TestRegistry,
  tokenIn,
} from '../test/test-registry.js';

const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

/** The value of one sample of the metrics document (`name{labels} value`), 0 when absent. */
function sample(text: string, name: string, labels = ''): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ''} `));
  return line ? Number(line.split(' ').pop()) : 0;
}

/** Every address-shaped or token-shaped secret a test handed to the registry. */
function secretsIn(body: unknown): string[] {
  return JSON.stringify(body).match(/[^"\s]+@[^"\s]+/g) ?? [];
}

for (const database of testDatabases()) {
  describe(`metrics and logs (${database.name})`, () => {
    const t = registryOn(database, { logFormat: 'json' });

    it('GET /metrics needs a moderator’s token', async () => {
      expect((await t.request('/metrics')).status).toBe(401);
      expect(
        (await t.request('/metrics', { headers: { authorization: 'Bearer not-the-token' } }))
          .status,
      ).toBe(403);
      const answer = await t.request('/metrics', { headers: admin });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      const text = await answer.text();
      // Every name is the campaign's, the process's figures included.
      const names = text
        .split('\n')
        .filter((l) => l.startsWith('# TYPE '))
        .map((l) => l.split(' ')[2]!);
      expect(names.length).toBeGreaterThan(10);
      expect(names.filter((n) => !n.startsWith('plateformcoop_'))).toEqual([]);
      expect(names).toContain('plateformcoop_process_resident_memory_bytes');
    });

    it('counts a signature’s life, its mails and its requests, and logs them without an address or a token', async () => {
      const before = await (await t.request('/metrics', { headers: admin })).text();
      const body = t.example('collectivity');
      const contact = secretsIn(body)[0]!;
      expect((await t.sign(body)).status).toBe(202);
      await t.registry.idle();
      const confirmToken = tokenIn(t.outbox.to(contact).at(-1), 'confirm');
      expect((await t.post('/v1/confirmations', { token: confirmToken })).status).toBe(200);
      const queue = (await (
        await t.request('/v1/admin/signatures?status=confirmed', { headers: admin })
      ).json()) as { items: { id: string }[] };
      const id = queue.items[0]!.id;
      expect(
        (await t.post(`/v1/admin/signatures/${id}/publish`, {}, { headers: admin })).status,
      ).toBe(200);
      await t.registry.idle();
      const withdrawToken = tokenIn(t.outbox.to(contact).at(-1), 'withdraw');
      expect((await t.post('/v1/withdrawals', { token: withdrawToken })).status).toBe(200);
      await t.registry.idle();
      expect((await t.request(`/v1/manifestos/${MANIFESTO}/counter`)).status).toBe(200);

      const after = await (await t.request('/metrics', { headers: admin })).text();
      const grew = (name: string, labels = '') =>
        sample(after, name, labels) - sample(before, name, labels);
      expect(grew('plateformcoop_signatures_submitted_total', 'kind="collectivity"')).toBe(1);
      expect(grew('plateformcoop_signatures_confirmed_total', 'kind="collectivity"')).toBe(1);
      expect(grew('plateformcoop_moderation_decisions_total', 'outcome="published"')).toBe(1);
      expect(grew('plateformcoop_signatures_withdrawn_total', 'kind="collectivity"')).toBe(1);
      // Confirmation, confirmed, published, withdrawn: four mails, each accepted by the outbox.
      expect(grew('plateformcoop_mails_queued_total')).toBe(4);
      expect(grew('plateformcoop_mails_sent_total')).toBe(4);
      expect(grew('plateformcoop_mails_failed_total')).toBe(0);
      expect(
        grew(
          'plateformcoop_http_request_duration_seconds_count',
          'method="GET",route="/v1/manifestos/{id}/counter",status="200"',
        ),
      ).toBe(1);
      expect(
        grew(
          'plateformcoop_http_request_duration_seconds_count',
          'method="POST",route="/v1/confirmations",status="200"',
        ),
      ).toBe(1);

      // One JSON object per line: a line per request, and the signature's events.
      const lines = t.logs.map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines.every((l) => typeof l.time === 'string' && typeof l.level === 'string')).toBe(
        true,
      );
      expect(lines).toContainEqual(
        expect.objectContaining({
          event: 'request',
          method: 'POST',
          route: '/v1/confirmations',
          status: 200,
        }),
      );
      expect(lines).toContainEqual(
        expect.objectContaining({ event: 'signature.submitted', kind: 'collectivity' }),
      );
      expect(lines).toContainEqual(
        expect.objectContaining({
          event: 'signature.status',
          signature: id,
          from: 'confirmed',
          to: 'published',
          actor: 'moderator:admin',
        }),
      );
      // The counter's reads are counted, and logged at `debug` only (see request-log.ts).
      expect(lines.filter((l) => l.route === '/v1/manifestos/{id}/counter')).toEqual([]);
      const all = t.logs.join('\n');
      for (const secret of [contact, confirmToken, withdrawToken, ADMIN_TOKEN, 'not-the-token'])
        expect(all).not.toContain(secret);
    });

    it('counts the open counter streams', async () => {
      const streams = async () =>
        sample(
          await (await t.request('/metrics', { headers: admin })).text(),
          'plateformcoop_counter_streams_open',
        );
      const opened = await t.request(`/v1/manifestos/${MANIFESTO}/counter/stream`);
      const reader = opened.body!.getReader();
      await reader.read();
      expect(await streams()).toBe(1);
      await reader.cancel();
      await expect.poll(streams).toBe(0);
    });

    it('a failed delivery is counted and logged, scrubbed of the address it quotes', async () => {
      // A transport that fails, quoting the recipient as SMTP servers do.
      const failing = await startTestRegistry(database, { logFormat: 'text' });
      try {
        failing.outbox.send = async (message) => {
          throw new Error(`550 mailbox <${message.to}> unavailable`);
        };
        const body = failing.example('individual');
        const contact = secretsIn(body)[0]!;
        expect((await failing.sign(body)).status).toBe(202);
        await failing.registry.idle();
        const text = await (await failing.request('/metrics', { headers: admin })).text();
        expect(sample(text, 'plateformcoop_mails_failed_total')).toBe(1);
        const failure = failing.logs.find((l) => l.includes('delivery failed'));
        expect(failure).toMatch(/^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}\] INFO: mail: delivery/);
        expect(failure).toContain('<address>');
        expect(failing.logs.join('\n')).not.toContain(contact);
        // Text lines: one readable line per request.
        expect(failing.logs).toContainEqual(
          expect.stringMatching(/INFO: POST \/v1\/manifestos\/\{id\}\/signatures 202/),
        );
      } finally {
        await failing.close();
      }
    });
  });
}

describe('rate-limited answers', () => {
  const [database] = testDatabases();
  let t: TestRegistry;
  beforeAll(async () => {
    t = await startTestRegistry(database!, { rateLimitPerHour: 1 });
  });
  afterAll(() => t.close());

  it('are counted by route', async () => {
    expect((await t.sign(t.example('individual'))).status).toBe(202);
    expect((await t.sign(t.example('organization'))).status).toBe(429);
    const text = await (await t.request('/metrics', { headers: admin })).text();
    expect(
      sample(text, 'plateformcoop_rate_limited_total', 'route="/v1/manifestos/{id}/signatures"'),
    ).toBe(1);
  });
});

describe('METRICS_ADDRESS', () => {
  let running: RunningRegistry;
  beforeAll(async () => {
    const [port, metricsPort] = [await freePort(), await freePort()];
    running = await serveRegistry({
      env: {
        DATA_DIR: mkdtempSync(join(tmpdir(), 'pc-metrics-')),
        PORT: String(port),
        METRICS_ADDRESS: `127.0.0.1:${metricsPort}`,
        ADMIN_TOKEN,
        REGISTRY_SECRET: 'metrics-secret-0123456789abcdef0123456789',
        MAIL_URL: 'console',
      },
      log: () => {},
    });
  });
  afterAll(() => running.stop());

  it('serves /metrics without a token on its own address, and nothing else there', async () => {
    expect(running.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const answer = await fetch(`${running.metricsUrl}/metrics`);
    expect(answer.status).toBe(200);
    expect(await answer.text()).toContain(
      '# TYPE plateformcoop_signatures_submitted_total counter',
    );
    expect((await fetch(`${running.metricsUrl}/v1/manifestos`)).status).toBe(404);
    expect((await fetch(`${running.metricsUrl}/metrics`, { method: 'POST' })).status).toBe(404);
    // The public address still asks for a token.
    expect((await fetch(`${running.url}/metrics`)).status).toBe(401);
  });
});

describe('the logs’ and metrics’ settings', () => {
  it('refuses a format, a level or an address it does not know, naming the variable', () => {
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT must be one of text, json/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of fatal/);
    expect(() => loadConfig({ METRICS_ADDRESS: 'here' })).toThrow(
      /METRICS_ADDRESS must be host:port/,
    );
    expect(loadConfig({ METRICS_ADDRESS: '9464' }).metricsAddress).toEqual({
      host: '127.0.0.1',
      port: 9464,
    });
    expect(loadConfig({ METRICS_ADDRESS: '[::1]:9464', LOG_FORMAT: 'JSON' })).toMatchObject({
      metricsAddress: { host: '::1', port: 9464 },
      logFormat: 'json',
    });
  });
});
