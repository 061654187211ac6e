import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { gunzipSync } from 'node:zlib';

export interface ProxyAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as it came over the wire (compressed when `content-encoding` says so). */
  raw: Buffer;
  /** The body decompressed, as text. */
  text: string;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** The local address to connect from: nginx sees it as the client's (127.0.0.0/8 is loopback). */
  from?: string;
}

/**
 * A client of the site nginx serves, as a browser on another machine reaches it: by name
 * (`Host`, and the TLS server name checked against the only trusted certificate), on the
 * ports the test gave nginx on 127.0.0.1, from a chosen loopback address. One connection per
 * request, so that the address is that of each request.
 */
export class ProxyClient {
  constructor(
    readonly hostname: string,
    readonly ports: { http: number; https: number },
    readonly certificate: string,
  ) {}

  get origin(): string {
    return `https://${this.hostname}:${this.ports.https}`;
  }

  private open(path: string, options: RequestOptions, tls: boolean) {
    const port = tls ? this.ports.https : this.ports.http;
    const common = {
      host: '127.0.0.1',
      port,
      path,
      method: options.method ?? 'GET',
      agent: false as const,
      headers: { host: `${this.hostname}:${port}`, ...options.headers },
      ...(options.from ? { localAddress: options.from } : {}),
    };
    return tls
      ? httpsRequest({ ...common, servername: this.hostname, ca: this.certificate })
      : httpRequest(common);
  }

  /** One request over HTTPS (or plain HTTP with `tls: false`), its whole answer. */
  fetch(path: string, options: RequestOptions = {}, tls = true): Promise<ProxyAnswer> {
    return new Promise((done, fail) => {
      const req = this.open(path, options, tls);
      req.once('error', fail);
      req.once('response', (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.once('error', fail);
        res.once('end', () => {
          const raw = Buffer.concat(chunks);
          const gzip = res.headers['content-encoding'] === 'gzip';
          done({
            status: res.statusCode ?? 0,
            headers: res.headers,
            raw,
            text: (gzip ? gunzipSync(raw) : raw).toString('utf8'),
          });
        });
      });
      req.end(options.body);
    });
  }

  /** A Server-Sent Events stream, read as its events arrive; its answer must start in 10 s. */
  stream(path: string, options: RequestOptions = {}): Promise<EventStream> {
    return new Promise((done, fail) => {
      const req = this.open(
        path,
        { ...options, headers: { accept: 'text/event-stream', ...options.headers } },
        true,
      );
      const late = setTimeout(() => {
        req.destroy(new Error(`the stream ${path} did not start answering within 10 s`));
      }, 10_000);
      req.once('error', (error) => {
        clearTimeout(late);
        fail(error);
      });
      req.once('response', (res: IncomingMessage) => {
        clearTimeout(late);
        if (res.statusCode !== 200) {
          fail(new Error(`the stream answered ${res.statusCode}`));
          return;
        }
        done(new EventStream(res, () => req.destroy()));
      });
      req.end();
    });
  }
}

export interface StreamEvent {
  event: string;
  data: string;
  /** `performance.now()` when its last byte arrived. */
  receivedAt: number;
}

/** The events of a `text/event-stream` answer, kept in arrival order. */
export class EventStream {
  readonly events: StreamEvent[] = [];
  private buffer = '';
  private waiters: (() => void)[] = [];

  constructor(
    readonly response: IncomingMessage,
    readonly close: () => void,
  ) {
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => {
      this.buffer += chunk;
      let end = this.buffer.indexOf('\n\n');
      while (end >= 0) {
        const block = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 2);
        const fields = { event: 'message', data: [] as string[] };
        for (const line of block.split('\n')) {
          if (line.startsWith('event:')) fields.event = line.slice(6).trim();
          else if (line.startsWith('data:')) fields.data.push(line.slice(5).replace(/^ /, ''));
        }
        if (fields.data.length)
          this.events.push({
            event: fields.event,
            data: fields.data.join('\n'),
            receivedAt: performance.now(),
          });
        end = this.buffer.indexOf('\n\n');
      }
      for (const wake of this.waiters.splice(0)) wake();
    });
    response.on('close', () => {
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  /** The first event (from `index` on) that `accept` takes, or an error after `timeoutMs`. */
  async next(
    accept: (event: StreamEvent) => boolean,
    options: { index?: number; timeoutMs: number },
  ): Promise<StreamEvent> {
    const deadline = performance.now() + options.timeoutMs;
    for (;;) {
      const found = this.events.slice(options.index ?? 0).find(accept);
      if (found) return found;
      const left = deadline - performance.now();
      if (left <= 0 || this.response.closed)
        throw new Error(`no such event within ${options.timeoutMs} ms (got ${this.events.length})`);
      await new Promise<void>((wake) => {
        this.waiters.push(wake);
        setTimeout(wake, left);
      });
    }
  }
}
