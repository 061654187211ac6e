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

  async get<T>(path: string, admin = false): Promise<T> {
    const response = await fetch(new URL(path, `${this.url}/`), {
      headers: admin ? { authorization: `Bearer ${this.adminToken}` } : {},
    });
    if (!response.ok)
      throw new Error(`GET ${path}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  async post<T>(path: string, body: unknown, admin = false): Promise<T> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (admin) headers.authorization = `Bearer ${this.adminToken}`;
    const response = await fetch(new URL(path, `${this.url}/`), {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`POST ${path}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  /** Solves the manifesto's proof-of-work challenge, as the signature form does. */
  async proofOfWork(manifesto: string): Promise<string> {
    const challenge = await this.get<Challenge>(`v1/manifestos/${manifesto}/challenge`);
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
    return this.post(`v1/manifestos/${submission.manifestoId}/signatures`, {
      ...submission,
      altcha,
    });
  }

  confirm(token: string): Promise<unknown> {
    return this.post('v1/confirmations', { token });
  }

  /** Moderation: publishes a confirmed signature (needs the admin token). */
  /** Moderation: the signatures in one status (needs the admin token). */
  async adminList(status: string): Promise<{ id: string; kind?: string; name?: string }[]> {
    const page = await this.get<{ items: { id: string }[] }>(
      `v1/admin/signatures?status=${status}`,
      true,
    );
    return page.items;
  }

  publish(id: string): Promise<unknown> {
    return this.post(`v1/admin/signatures/${encodeURIComponent(id)}/publish`, {}, true);
  }

  counter(manifesto: string): Promise<{ total: number; byKind: Record<string, number> }> {
    return this.get(`v1/manifestos/${manifesto}/counter`);
  }
}
