import {
  apiPath,
  COLLECTIVITIES_PATH,
  type Collectivity,
  type Deliberation,
  type Locale,
  MANIFESTOS_PATH,
  MODERATION_PATHS,
  withQuery,
} from '@plateformcoop/model';
import type {
  CampaignStats,
  ErasurePreview,
  HistoryEntry,
  Manifesto,
  ModerationItem,
  RetentionReport,
  SignaturesQuery,
  StatusAnswer,
} from './api-types.js';

/** An error answered by the registry: its stable code and its message in the console's language. */
export class AdminApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The fields at fault, in the console's language (`{ path, code, message }`). */
    readonly issues: { path: string; code: string; message: string }[] = [],
  ) {
    super(message);
  }
}

/** The search's filters: the query the API reads, each one optional in the request. */
export type SearchFilters = SignaturesQuery;

/**
 * The console's only way to the registry: `/v1/admin/` with the bearer token, on the origin that
 * served the console. The registry's answers are the authority; nothing is decided here.
 */
export class AdminApi {
  constructor(
    private readonly token: string,
    private readonly locale: () => Locale,
    /** Called when the registry stops accepting the token (revoked while signed in). */
    private readonly onRefused: () => void = () => {},
  ) {}

  private async request<T>(path: string, init: RequestInit = {}): Promise<T> {
    const response = await fetch(path, {
      ...init,
      headers: {
        authorization: `Bearer ${this.token}`,
        'accept-language': this.locale(),
        ...(init.body ? { 'content-type': 'application/json' } : {}),
        ...init.headers,
      },
    });
    if (!response.ok) {
      const body = (await response.json().catch(() => undefined)) as
        | {
            error?: {
              code?: string;
              message?: string;
              issues?: { path: string; code: string; message: string }[];
            };
          }
        | undefined;
      if (response.status === 401 || response.status === 403) this.onRefused();
      throw new AdminApiError(
        response.status,
        body?.error?.code ?? 'server.error',
        body?.error?.message ?? response.statusText,
        body?.error?.issues ?? [],
      );
    }
    return (await response.json()) as T;
  }

  me() {
    return this.request<{ name: string }>(apiPath(MODERATION_PATHS.me));
  }
  manifestos() {
    return this.request<Manifesto[]>(apiPath(MANIFESTOS_PATH));
  }
  search(filters: SearchFilters) {
    return this.request<{ items: ModerationItem[]; nextCursor?: string }>(
      withQuery(MODERATION_PATHS.signatures, filters),
    );
  }
  detail(id: string) {
    return this.request<{ item: ModerationItem; history: HistoryEntry[] }>(
      apiPath(MODERATION_PATHS.signature, { id }),
    );
  }
  publish(id: string, keepalive = false) {
    return this.request<StatusAnswer>(apiPath(MODERATION_PATHS.publish, { id }), {
      method: 'POST',
      body: '{}',
      keepalive,
    });
  }
  reject(id: string, reason: string, keepalive = false) {
    return this.request<StatusAnswer>(apiPath(MODERATION_PATHS.reject, { id }), {
      method: 'POST',
      body: JSON.stringify({ reason }),
      keepalive,
    });
  }
  stats(manifesto: string) {
    return this.request<CampaignStats>(withQuery(MODERATION_PATHS.stats, { manifesto }));
  }
  retentionPreview() {
    return this.request<ErasurePreview>(apiPath(MODERATION_PATHS.retention));
  }
  runRetention() {
    return this.request<RetentionReport>(apiPath(MODERATION_PATHS.retention), {
      method: 'POST',
      body: '{}',
    });
  }
  anonymizePreview(manifesto: string) {
    return this.request<ErasurePreview>(withQuery(MODERATION_PATHS.anonymize, { manifesto }));
  }
  runAnonymize(manifesto: string) {
    return this.request<{ anonymized: number }>(apiPath(MODERATION_PATHS.anonymize), {
      method: 'POST',
      body: JSON.stringify({ manifesto }),
    });
  }
  /** Records a signature from a council's (or board's) deliberation: published at once. */
  recordDeliberation(
    manifesto: string,
    body: { signatory: unknown; commitments: string[]; deliberation: Deliberation },
  ) {
    return this.request<{ id: string; status: 'published'; mailed?: boolean }>(
      apiPath(MODERATION_PATHS.offlineSignatures, { id: manifesto }),
      { method: 'POST', body: JSON.stringify(body) },
    );
  }
  /** The official list's collectivities matching words, a postal code or an INSEE code. */
  collectivities(q: string, signal?: AbortSignal) {
    return this.request<Collectivity[]>(
      withQuery(apiPath(COLLECTIVITIES_PATH), { q, limit: 10 }),
      signal ? { signal } : {},
    );
  }
  /** An export (of one manifesto's signatures) as a file the browser saves (the token never goes into a URL). */
  async export(format: 'csv' | 'json', manifesto?: string): Promise<Blob> {
    const path = format === 'csv' ? MODERATION_PATHS.exportCsv : MODERATION_PATHS.exportJson;
    const response = await fetch(withQuery(apiPath(path), { manifesto }), {
      headers: { authorization: `Bearer ${this.token}`, 'accept-language': this.locale() },
    });
    if (!response.ok) throw new AdminApiError(response.status, 'server.error', response.statusText);
    return response.blob();
  }
}
