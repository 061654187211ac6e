import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ListeningRegistry, startListeningRegistry } from '../test/console-fixture.js';
import { dropTestDatabase, testDatabases } from '../test/databases.js';
import { MANIFESTO } from '../test/test-registry.js';

// Issue 16, finding 4: the 413 of an oversized body was sent with `Connection: keep-alive` before
// the body was read; the server then dropped the socket, and the client's next request on it
// failed with ECONNRESET ("socket hang up").

const SIGN = `/v1/manifestos/${MANIFESTO}/signatures`;
/** Far over `BODY_LIMIT_BYTES` (32 KiB), and more than the server drains in passing. */
const OVERSIZED = Buffer.alloc(2_000_000, 0x20);

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request through `agent` (a keep-alive agent reuses its socket when it may). */
function send(agent: Agent, url: string, method: string, body?: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = body
      ? { 'content-type': 'application/json', 'content-length': String(body.length) }
      : {};
    const req = request(url, { method, agent, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('an oversized body on a kept-alive connection', () => {
  const database = testDatabases()[0]!;
  let r: ListeningRegistry;

  beforeAll(async () => {
    r = await startListeningRegistry(database);
  });
  afterAll(async () => {
    await r?.stop();
    await dropTestDatabase(database);
  });

  it('answers 413 with Connection: close, and the next request of the same client succeeds', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (let round = 0; round < 3; round++) {
        const refused = await send(agent, `${r.url}${SIGN}`, 'POST', OVERSIZED);
        expect(refused.status).toBe(413);
        expect(refused.headers.connection).toBe('close');
        expect(JSON.parse(refused.body)).toMatchObject({ error: { code: 'request.too_large' } });
        const next = await send(agent, `${r.url}/healthz`, 'GET');
        expect(next.status).toBe(200);
      }
    } finally {
      agent.destroy();
    }
  });

  it('over a raw socket: the whole 413 arrives, says close, and the server ends the connection', async () => {
    for (const chunked of [false, true]) {
      const socket = connect(Number(new URL(r.url).port), '127.0.0.1');
      let received = '';
      socket.setEncoding('latin1');
      socket.on('data', (chunk: string) => {
        received += chunk;
      });
      const ended = new Promise<'end' | Error>((resolve) => {
        socket.once('end', () => resolve('end'));
        socket.once('error', resolve);
      });
      socket.write(
        `POST ${SIGN} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\nContent-Type: application/json\r\n${
          chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${OVERSIZED.length}`
        }\r\n\r\n`,
      );
      if (chunked) {
        socket.write(`${OVERSIZED.length.toString(16)}\r\n`);
        socket.write(OVERSIZED);
        socket.write('\r\n0\r\n\r\n');
      } else socket.write(OVERSIZED);
      const outcome = await ended;
      socket.destroy();
      expect(received, chunked ? 'chunked' : 'with a length').toMatch(/^HTTP\/1\.1 413 /);
      expect(received).toMatch(/\r\nconnection: close\r\n/i);
      expect(received).toContain('"request.too_large"');
      // The server closes in order (FIN): nothing the client was told to reuse is reset.
      expect(outcome).toBe('end');
    }
  });
});
