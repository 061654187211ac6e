import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.js';
import { FALLBACK_OPEN_FILES, openFileLimit, streamsTotalFor } from '../config/open-file-limit.js';
import { type ListeningRegistry, startListeningRegistry } from '../test/console-fixture.js';
import { dropTestDatabase, testDatabases } from '../test/databases.js';
import { MANIFESTO } from '../test/test-registry.js';

// Issue 16, finding 3: one client held about 1,000 counter streams, and every other request then
// failed until they were released.

describe('the caps of counter streams', () => {
  it('default to 20 per client and half the open-file limit in all', () => {
    const config = loadConfig({});
    expect(config.streamsPerClient).toBe(20);
    expect(config.streamsTotal).toBe(Math.floor(openFileLimit() / 2));
    expect(loadConfig({ STREAMS_PER_CLIENT: '5' }).streamsPerClient).toBe(5);
    expect(() => loadConfig({ STREAMS_PER_CLIENT: '0' })).toThrow(/STREAMS_PER_CLIENT/);
  });

  it("read the process's open-file limit, or fall back", () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-limits-'));
    const limits = join(dir, 'limits');
    writeFileSync(
      limits,
      'Limit                     Soft Limit           Hard Limit           Units     \n' +
        'Max open files            4096                 524288               files     \n',
    );
    expect(openFileLimit(limits)).toBe(4096);
    expect(streamsTotalFor(4096)).toBe(2048);
    expect(openFileLimit(join(dir, 'missing'))).toBe(FALLBACK_OPEN_FILES);
    if (process.platform === 'linux') expect(openFileLimit()).toBeGreaterThan(0);
  });
});

describe('counter streams past their caps, over real sockets', () => {
  const database = testDatabases()[0]!;
  let r: ListeningRegistry;
  const open: AbortController[] = [];

  beforeAll(async () => {
    r = await startListeningRegistry(database, {
      streamsPerClient: 3,
      streamsTotal: 5,
      trustProxy: true,
    });
  });
  afterAll(async () => {
    for (const controller of open) controller.abort();
    await r?.stop();
    await dropTestDatabase(database);
  });

  /** Opens a stream as `client` (by `X-Forwarded-For`); it stays open until aborted. */
  const stream = async (client: string) => {
    const controller = new AbortController();
    const response = await fetch(`${r.url}/v1/manifestos/${MANIFESTO}/counter/stream`, {
      headers: { 'x-forwarded-for': client },
      signal: controller.signal,
    });
    if (response.status === 200) {
      open.push(controller);
      // The first event has come: the stream is really open.
      const reader = response.body!.getReader();
      const { value } = await reader.read();
      expect(new TextDecoder().decode(value)).toContain('event: counter');
    }
    return { response, controller };
  };

  it('answers 429 past a client’s share and 503 past the total, with Retry-After, and every other request still', async () => {
    for (let i = 0; i < 3; i++) expect((await stream('203.0.113.1')).response.status).toBe(200);
    const mine = await stream('203.0.113.1');
    expect(mine.response.status).toBe(429);
    expect(await mine.response.json()).toMatchObject({ error: { code: 'rate.limited' } });
    expect(Number(mine.response.headers.get('retry-after'))).toBeGreaterThan(0);

    for (let i = 0; i < 2; i++) expect((await stream('203.0.113.2')).response.status).toBe(200);
    const full = await stream('198.51.100.3');
    expect(full.response.status).toBe(503);
    expect(await full.response.json()).toMatchObject({ error: { code: 'server.unavailable' } });
    expect(Number(full.response.headers.get('retry-after'))).toBeGreaterThan(0);

    // Both caps reached: the counter's document, the list and the health check answer.
    const counter = await fetch(`${r.url}/v1/manifestos/${MANIFESTO}/counter`, {
      headers: { 'x-forwarded-for': '203.0.113.1' },
    });
    expect(counter.status).toBe(200);
    expect(counter.headers.get('cache-control')).toContain('max-age=');
    expect((await fetch(`${r.url}/v1/manifestos/${MANIFESTO}/signatories`)).status).toBe(200);
    expect((await fetch(`${r.url}/healthz`)).status).toBe(200);

    // A stream closed gives its slot back.
    open.shift()!.abort();
    await expect
      .poll(async () => {
        const again = await stream('203.0.113.1');
        return again.response.status;
      })
      .toBe(200);
  });
});
