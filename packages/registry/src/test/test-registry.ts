import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Challenge } from 'altcha-lib';
import { afterAll, beforeAll } from 'vitest';
import type { RegistryConfig } from '../config/config.js';
import { submissionExamples } from '../http/openapi/examples.js';
import type { Mailer, MailMessage } from '../mail/mailer.js';
import { createRegistry, type Registry, type RegistryOptions } from '../registry.js';
import { type ObservedAnswer, registryDocument, undocumentedAnswers } from './answer-coverage.js';
import { dropTestDatabase, type TestDatabase } from './databases.js';
import { solveAltcha } from './solve-challenge.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
export const MANIFESTO = 'plateformcoop-2023';
export type Kind = keyof typeof submissionExamples;
/** A request body that tests edit freely, including into invalid shapes. */
// biome-ignore lint/suspicious/noExplicitAny: test bodies are deliberately untyped
export type EditableBody = Record<string, any>;

/** A mail transport that keeps what it was given, so tests read the mails. */
export class OutboxMailer implements Mailer {
  readonly description = 'test outbox';
  readonly sent: MailMessage[] = [];
  async send(message: MailMessage): Promise<void> {
    this.sent.push(message);
  }
  close(): void {}
  to(address: string): MailMessage[] {
    return this.sent.filter((m) => m.to === address);
  }
}

/** The token of the last link of that kind (`confirm` or `withdraw`) in a mail's text. */
export function tokenIn(mail: MailMessage | undefined, action: 'confirm' | 'withdraw'): string {
  const match = mail?.text.match(new RegExp(`/${action}\\?token=([^\\s]+)`));
  if (!match) throw new Error(`no ${action} link in mail`);
  return decodeURIComponent(match[1]!);
}

export interface TestRegistry {
  registry: Registry;
  outbox: OutboxMailer;
  logs: string[];
  clock: { now: Date };
  /** Every answer `request` got, checked against the API description by `close`. */
  answers: ObservedAnswer[];
  request(path: string, init?: RequestInit & { from?: string }): Promise<Response>;
  post(
    path: string,
    body: unknown,
    init?: { from?: string; headers?: Record<string, string> },
  ): Promise<Response>;
  altcha(): Promise<string>;
  /** An example body of that kind, with overrides merged into the signatory's parts. */
  example(kind: Kind, change?: (body: EditableBody) => void): EditableBody;
  sign(body: Record<string, unknown>, from?: string): Promise<Response>;
  /** Closes the registry, then fails if it gave an answer the API description does not list. */
  close(): Promise<void>;
}

/** A registry on a test database, with an outbox, a settable clock and the lowest proof of work. */
export async function startTestRegistry(
  database: TestDatabase,
  config: Partial<RegistryConfig> = {},
  options: Pick<RegistryOptions, 'mailer' | 'outbox'> = {},
): Promise<TestRegistry> {
  const dir = mkdtempSync(join(tmpdir(), 'pc-registry-'));
  const outbox = new OutboxMailer();
  const logs: string[] = [];
  const clock = { now: new Date() };
  const registry = await createRegistry({
    env: {},
    config: {
      dataDir: dir,
      databaseUrl: database.url,
      signingKeyFile: join(dir, 'signing-key.json'),
      secret: 'test-secret-0123456789abcdef0123456789abcdef',
      publicUrl: 'http://registry.test',
      adminToken: ADMIN_TOKEN,
      powCost: 1,
      rateLimitPerHour: 0,
      ...config,
    },
    ...(database.pgSchema ? { pgSchema: database.pgSchema } : {}),
    mailer: options.mailer ?? outbox,
    ...(options.outbox ? { outbox: options.outbox } : {}),
    log: (line) => logs.push(line),
    now: () => clock.now,
  });
  const answers: ObservedAnswer[] = [];
  const request = async (path: string, init: RequestInit & { from?: string } = {}) => {
    const { from = '192.0.2.1', ...rest } = init;
    const request = new Request(`http://registry.test${path}`, rest);
    const response = await registry.fetch(request, {
      incoming: { socket: { remoteAddress: from } },
    });
    answers.push({
      method: request.method,
      path: new URL(request.url).pathname,
      status: response.status,
    });
    return response;
  };
  const post = (
    path: string,
    body: unknown,
    init: { from?: string; headers?: Record<string, string> } = {},
  ) =>
    request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...init.headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
      ...(init.from ? { from: init.from } : {}),
    });
  const altcha = async () => {
    const response = await request(`/v1/manifestos/${MANIFESTO}/challenge`);
    return solveAltcha((await response.json()) as Challenge);
  };
  return {
    registry,
    outbox,
    logs,
    clock,
    answers,
    request,
    post,
    altcha,
    example(kind, change) {
      const body = structuredClone(submissionExamples[kind]) as EditableBody;
      change?.(body);
      return body;
    },
    async sign(body, from) {
      return post(
        `/v1/manifestos/${MANIFESTO}/signatures`,
        { ...body, altcha: await altcha() },
        from ? { from } : {},
      );
    },
    async close() {
      await registry.close();
      const undocumented = undocumentedAnswers(answers, await registryDocument());
      if (undocumented.length)
        throw new Error(`answers missing from the API description:\n${undocumented.join('\n')}`);
    },
  };
}

/**
 * The test registry of a `describe` block on `database`: started before its tests, closed (its
 * answers checked against the API description) and its database dropped after them. Read it
 * only inside tests and hooks.
 */
export function registryOn(
  database: TestDatabase,
  config: Partial<RegistryConfig> = {},
): TestRegistry {
  let started: TestRegistry | undefined;
  beforeAll(async () => {
    started = await startTestRegistry(database, config);
  });
  afterAll(async () => {
    try {
      await started?.close();
    } finally {
      await dropTestDatabase(database);
    }
  });
  return new Proxy({} as TestRegistry, {
    get(_, name) {
      if (!started) throw new Error('the test registry starts in beforeAll');
      return started[name as keyof TestRegistry];
    },
  });
}
