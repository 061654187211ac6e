/**
 * Vitest browser commands (they run in Node) that give the browser tests a real registry:
 * `@plateformcoop/registry` on 127.0.0.1 with a temporary SQLite database, the lowest proof of
 * work, no rate limit and mail kept in memory. Signatures are published through its HTTP API as
 * a person would: sign (solving the proof of work), follow the mailed link, and for a
 * collectivity, a moderator's publication. No answer of the registry is made up here.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Manifesto, manifestoContentHash, plateformcoop2023 } from '@plateformcoop/model';
import { type Mailer, type MailMessage, serveRegistry } from '@plateformcoop/registry';

type RunningRegistry = Awaited<ReturnType<typeof serveRegistry>>;

import { type Challenge, solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import type { BrowserCommand } from 'vitest/node';

const ADMIN_TOKEN = 'widgets-test-admin-token-0123456789';
const MANIFESTO = 'plateformcoop-2023';
/** A campaign defined by a file (`MANIFESTOS_DIR`) whose signing closed at the end of 2025. */
export const CLOSED_MANIFESTO = 'campagne-close-2025';
/** A campaign whose text a test revises while a form is open (`reviseManifesto`). */
export const REVISED_MANIFESTO = 'texte-revise-2026';

class MemoryOutbox implements Mailer {
  readonly description = 'widgets test outbox';
  readonly sent: MailMessage[] = [];
  async send(message: MailMessage): Promise<void> {
    this.sent.push(message);
  }
  close(): void {}
}

let running: Promise<{ server: RunningRegistry; outbox: MemoryOutbox }> | undefined;

function registry() {
  running ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-widgets-registry-'));
    const outbox = new MemoryOutbox();
    const manifestosDir = join(dir, 'manifestos');
    mkdirSync(manifestosDir);
    const { contentHash: _, ...reference } = plateformcoop2023;
    writeFileSync(
      join(manifestosDir, `${CLOSED_MANIFESTO}.json`),
      JSON.stringify({ ...reference, id: CLOSED_MANIFESTO, closesOn: '2025-12-31' }),
    );
    writeFileSync(
      join(manifestosDir, `${REVISED_MANIFESTO}.json`),
      JSON.stringify({ ...reference, id: REVISED_MANIFESTO }),
    );
    const server = await serveRegistry({
      env: {},
      config: {
        host: '127.0.0.1',
        port: 0,
        dataDir: dir,
        databaseUrl: join(dir, 'registry.sqlite'),
        signingKeyFile: join(dir, 'signing-key.json'),
        secret: 'widgets-test-secret-0123456789abcdef0123456789',
        publicUrl: 'http://127.0.0.1',
        adminToken: ADMIN_TOKEN,
        powCost: 1,
        rateLimitPerHour: 0,
        manifestosDir,
      },
      mailer: outbox,
      log: () => {},
    });
    // The test run ends with the process; the server must not keep it alive.
    server.server.unref();
    return { server, outbox };
  })();
  return running;
}

async function api(path: string, init: RequestInit = {}): Promise<Response> {
  const { server } = await registry();
  return fetch(`${server.url}${path}`, init);
}

async function postJson(path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await api(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
  return response.json() as Promise<Record<string, unknown>>;
}

async function solvedAltcha(): Promise<string> {
  const challenge = (await (
    await api(`/v1/manifestos/${MANIFESTO}/challenge`)
  ).json()) as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey, timeout: 30_000 });
  if (!solution) throw new Error('challenge not solved');
  const { parameters, signature } = challenge;
  return Buffer.from(JSON.stringify({ challenge: { parameters, signature }, solution })).toString(
    'base64',
  );
}

/** The test outbox once the registry's outbox worker has handed it every mail due. */
async function deliveredOutbox(): Promise<MemoryOutbox> {
  const { server, outbox } = await registry();
  await server.registry.idle();
  return outbox;
}

const published = new Map<string, Promise<string>>();

/**
 * Signs, confirms through the mailed link, and publishes (moderation) when needed. Once per
 * address: test files share the registry, and a second signature would only get an "already
 * signed" mail.
 */
function publish(submission: Record<string, unknown>, email: string): Promise<string> {
  let id = published.get(email);
  if (!id) {
    id = publishOnce(submission, email);
    published.set(email, id);
  }
  return id;
}

async function publishOnce(submission: Record<string, unknown>, email: string): Promise<string> {
  const { outbox } = await registry();
  const before = outbox.sent.length;
  const receipt = await postJson(`/v1/manifestos/${MANIFESTO}/signatures`, {
    ...submission,
    altcha: await solvedAltcha(),
  });
  const id = String(receipt.id);
  await deliveredOutbox();
  const mail = outbox.sent.slice(before).find((m) => m.to === email);
  const token = mail?.text.match(/\/confirm\?token=([^\s]+)/)?.[1];
  if (!token) throw new Error(`no confirmation mail to ${email}`);
  const confirmed = await postJson('/v1/confirmations', { token: decodeURIComponent(token) });
  if (confirmed.status !== 'published') {
    await postJson(
      `/v1/admin/signatures/${id}/publish`,
      {},
      { authorization: `Bearer ${ADMIN_TOKEN}` },
    );
  }
  return id;
}

/** The base URL of the test registry (started on first use); for Node tests too. */
export async function testRegistryUrl(): Promise<string> {
  return (await registry()).server.url;
}

/** Stops the test registry (Node tests; the browser run ends with its process). */
export async function stopTestRegistry(): Promise<void> {
  const current = running;
  running = undefined;
  published.clear();
  if (current) await (await current).server.stop();
}

/** Counter streams the tests hold open from Node (the browser's address too: 127.0.0.1). */
const held: AbortController[] = [];

/**
 * Opens counter streams until the registry refuses one (its cap per client address, which the
 * browser shares with Node on 127.0.0.1); resolves to how many it holds.
 */
async function holdStreams(): Promise<number> {
  for (;;) {
    const controller = new AbortController();
    const response = await api(`/v1/manifestos/${MANIFESTO}/counter/stream`, {
      signal: controller.signal,
    });
    if (response.status !== 200) {
      await response.body?.cancel();
      return held.length;
    }
    held.push(controller);
    await response.body!.getReader().read();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: each command has its own argument list
export const registryCommands: Record<string, BrowserCommand<any[]>> = {
  /** The base URL of the test registry (started on first use). */
  registryUrl: () => testRegistryUrl(),
  /** Publishes a citizen's signature (living in Lille unless told); returns its id. */
  publishIndividual: async (
    _context,
    givenName: string,
    familyName: string,
    publicDisplay = true,
    postalCode = '59000',
  ) => {
    const email = `${givenName}.${familyName}@example.org`.toLowerCase().replace(/[^a-z.@-]/g, '');
    return publish(
      {
        manifestoId: MANIFESTO,
        locale: 'fr',
        signatory: {
          kind: 'individual',
          individual: { givenName, familyName, email, postalCode },
        },
        commitments: [],
        consents: { sign: true, publicDisplay, contact: false },
      },
      email,
    );
  },
  /** Publishes a commune's signature (moderated); returns its id. */
  publishCommune: async (
    _context,
    name: string,
    inseeCode: string,
    siren: string,
    departementCode: string,
    regionCode: string,
  ) => {
    const email = `mairie-${inseeCode}@example.org`;
    return publish(
      {
        manifestoId: MANIFESTO,
        locale: 'fr',
        signatory: {
          kind: 'collectivity',
          collectivity: { type: 'commune', name, inseeCode, siren, departementCode, regionCode },
          representative: {
            givenName: 'Camille',
            familyName: 'Exemple',
            role: 'maire',
            authorised: true,
            email,
          },
        },
        commitments: [],
        consents: { sign: true, publicDisplay: true, contact: false },
      },
      email,
    );
  },
  /** Publishes a platform's signature (matched to a known platform by its website); returns its id. */
  publishPlatform: async (_context, name: string, website: string, sector: string) => {
    const email = `contact@${new URL(website).hostname}`;
    return publish(
      {
        manifestoId: MANIFESTO,
        locale: 'fr',
        signatory: {
          kind: 'platform',
          platform: { name, website, sector },
          representative: {
            givenName: 'Alex',
            familyName: 'Exemple',
            role: 'gerant',
            authorised: true,
            email,
          },
        },
        commitments: [],
        consents: { sign: true, publicDisplay: false, contact: false },
      },
      email,
    );
  },
  /** Records a commune's signature from its council's deliberation (moderators' API); its id. */
  recordDeliberation: async (
    _context,
    name: string,
    inseeCode: string,
    departementCode: string,
    deliberation: { date: string; reference: string; url?: string },
  ) => {
    const answer = await postJson(
      `/v1/admin/manifestos/${MANIFESTO}/offline-signatures`,
      {
        signatory: {
          kind: 'collectivity',
          collectivity: { type: 'commune', name, inseeCode, departementCode },
          representative: { givenName: 'Dominique', familyName: 'Exemple', role: 'maire' },
        },
        commitments: [],
        deliberation,
      },
      { authorization: `Bearer ${ADMIN_TOKEN}` },
    );
    return answer.id as string;
  },
  /**
   * Publishes a new version of a campaign's text, as an operator who edits its definition file
   * and restarts the registry would (here in place, so that an open form keeps its old text).
   */
  reviseManifesto: async (_context, id: string) => {
    const { server } = await registry();
    const served = server.registry.context.manifestos as Map<string, Manifesto>;
    const current = served.get(id);
    if (!current) throw new Error(`no manifesto ${id}`);
    const { contentHash: _, ...rest } = current;
    const revised = {
      ...rest,
      version: `${current.version}-revised`,
      texts: { ...rest.texts, fr: { ...rest.texts.fr, subtitle: 'Texte révisé' } },
    };
    served.set(id, { ...revised, contentHash: await manifestoContentHash(revised) });
  },
  /** Withdraws a published signature through the withdrawal link mailed to its address. */
  withdrawByMail: async (_context, email: string) => {
    const outbox = await deliveredOutbox();
    const token = outbox.sent
      .filter((m) => m.to === email)
      .map((m) => m.text.match(/\/withdraw\?token=([^\s]+)/)?.[1])
      .filter(Boolean)
      .at(-1);
    if (!token) throw new Error(`no withdrawal link mailed to ${email}`);
    await postJson('/v1/withdrawals', { token: decodeURIComponent(token) });
  },
  /** The page a signature was signed from, as the registry stored it (moderators' API). */
  signedFromOf: async (_context, email: string) => {
    for (const status of ['pending_confirmation', 'published', 'confirmed']) {
      const answer = await api(`/v1/admin/signatures?status=${status}&limit=100`, {
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      });
      const { items } = (await answer.json()) as {
        items: {
          signature?: { signedFrom?: string; signatory: Record<string, { email?: string }> };
        }[];
      };
      const found = items.find((item) =>
        Object.values(item.signature?.signatory ?? {}).some((part) => part?.email === email),
      );
      if (found) return found.signature?.signedFrom ?? null;
    }
    return null;
  },
  /** Holds counter streams up to the registry's cap per client; resolves to how many. */
  holdStreams: () => holdStreams(),
  /** Closes the streams `holdStreams` held. */
  releaseStreams: async () => {
    for (const controller of held.splice(0)) controller.abort();
  },
  /** How many mails went to an address. */
  mailsTo: async (_context, email: string) => {
    const outbox = await deliveredOutbox();
    return outbox.sent.filter((m) => m.to === email).length;
  },
  /** The subject of the last mail sent to an address, as the signer would receive it. */
  lastMailTo: async (_context, email: string) => {
    const outbox = await deliveredOutbox();
    return outbox.sent.filter((m) => m.to === email).at(-1)?.subject ?? null;
  },
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    registryUrl: () => Promise<string>;
    publishIndividual: (
      givenName: string,
      familyName: string,
      publicDisplay?: boolean,
      postalCode?: string,
    ) => Promise<string>;
    publishCommune: (
      name: string,
      inseeCode: string,
      siren: string,
      departementCode: string,
      regionCode: string,
    ) => Promise<string>;
    publishPlatform: (name: string, website: string, sector: string) => Promise<string>;
    lastMailTo: (email: string) => Promise<string | null>;
    withdrawByMail: (email: string) => Promise<void>;
    reviseManifesto: (id: string) => Promise<void>;
    recordDeliberation: (
      name: string,
      inseeCode: string,
      departementCode: string,
      deliberation: { date: string; reference: string; url?: string },
    ) => Promise<string>;
    mailsTo: (email: string) => Promise<number>;
    holdStreams: () => Promise<number>;
    releaseStreams: () => Promise<void>;
    signedFromOf: (email: string) => Promise<string | null>;
  }
}
