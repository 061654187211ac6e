import {
  apiPath,
  CHALLENGE_PATH,
  CONFIRMATIONS_PATH,
  COUNTER_PATH,
  MODERATION_PATHS,
  SIGNATURES_PATH,
  withQuery,
} from '@plateformcoop/model';
import { type Challenge, solveChallenge } from 'altcha-lib';
import { deriveKey as derivePbkdf2 } from 'altcha-lib/algorithms/web/pbkdf2';
import { deriveKey as deriveSha } from 'altcha-lib/algorithms/web/sha';

/**
 * A small client of the registry's public HTTP API, as any outside program would use it: the
 * demo's seed signs through it, and the end-to-end tests read and moderate through it.
 */
export class RegistryClient {
  constructor(
    readonly url: string,
    private readonly adminToken?: string,
  ) {}

  /** The URL of an API path (`apiPath(…)` of the model) under the registry's address. */
  private urlOf(path: string): URL {
    return new URL(path.replace(/^\/+/, ''), `${this.url}/`);
  }

  async get<T>(path: string, admin = false): Promise<T> {
    const response = await fetch(this.urlOf(path), {
      headers: admin ? { authorization: `Bearer ${this.adminToken}` } : {},
    });
    if (!response.ok)
      throw new Error(`GET ${path}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  async post<T>(path: string, body: unknown, admin = false): Promise<T> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (admin) headers.authorization = `Bearer ${this.adminToken}`;
    const response = await fetch(this.urlOf(path), {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`POST ${path}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  /** Records a signature from a deliberation (moderators' API); it is published at once. */
  recordDeliberation(manifesto: string, body: unknown): Promise<{ id: string; status: string }> {
    return this.post(apiPath(MODERATION_PATHS.offlineSignatures, { id: manifesto }), body, true);
  }

  /** Solves the manifesto's proof-of-work challenge, as the signature form does. */
  async proofOfWork(manifesto: string): Promise<string> {
    const challenge = await this.get<Challenge>(apiPath(CHALLENGE_PATH, { id: manifesto }));
    const deriveKey = challenge.parameters.algorithm.startsWith('PBKDF2/')
      ? derivePbkdf2
      : deriveSha;
    const solution = await solveChallenge({ challenge, deriveKey, timeout: 60_000 });
    if (!solution) throw new Error('could not solve the proof of work');
    const { codeChallenge: _image, ...rest } = challenge;
    return Buffer.from(JSON.stringify({ challenge: rest, solution })).toString('base64');
  }

  /** Posts a submission (with its proof of work); the registry mails a confirmation link. */
  async sign(submission: { manifestoId: string }): Promise<{ id: string; status: string }> {
    const altcha = await this.proofOfWork(submission.manifestoId);
    return this.post(apiPath(SIGNATURES_PATH, { id: submission.manifestoId }), {
      ...submission,
      altcha,
    });
  }

  confirm(token: string): Promise<unknown> {
    return this.post(apiPath(CONFIRMATIONS_PATH), { token });
  }

  /** Moderation: publishes a confirmed signature (needs the admin token). */
  /** Moderation: the signatures in one status (needs the admin token). */
  async adminList(status: string): Promise<{ id: string; kind?: string; name?: string }[]> {
    const page = await this.get<{ items: { id: string }[] }>(
      withQuery(MODERATION_PATHS.signatures, { status }),
      true,
    );
    return page.items;
  }

  publish(id: string): Promise<unknown> {
    return this.post(apiPath(MODERATION_PATHS.publish, { id }), {}, true);
  }

  counter(manifesto: string): Promise<{ total: number; byKind: Record<string, number> }> {
    return this.get(apiPath(COUNTER_PATH, { id: manifesto }));
  }
}
