import {
  ADMIN_ANONYMIZE_PATH,
  ADMIN_EXPORT_CSV_PATH,
  ADMIN_EXPORT_JSON_PATH,
  ADMIN_ME_PATH,
  ADMIN_PUBLISH_PATH,
  ADMIN_REJECT_PATH,
  ADMIN_RETENTION_PATH,
  ADMIN_SIGNATURE_PATH,
  ADMIN_SIGNATURES_PATH,
  ADMIN_STATS_PATH,
  apiPath,
  type Locale,
  MANIFESTOS_PATH,
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
        | { error?: { code?: string; message?: string } }
        | undefined;
      if (response.status === 401 || response.status === 403) this.onRefused();
      throw new AdminApiError(
        response.status,
        body?.error?.code ?? 'server.error',
        body?.error?.message ?? response.statusText,
      );
    }
    return (await response.json()) as T;
  }

  me() {
    return this.request<{ name: string }>(apiPath(ADMIN_ME_PATH));
  }
  manifestos() {
    return this.request<Manifesto[]>(apiPath(MANIFESTOS_PATH));
  }
  search(filters: SearchFilters) {
    return this.request<{ items: ModerationItem[]; nextCursor?: string }>(
      apiPath(ADMIN_SIGNATURES_PATH, {}, filters),
    );
  }
  detail(id: string) {
    return this.request<{ item: ModerationItem; history: HistoryEntry[] }>(
      apiPath(ADMIN_SIGNATURE_PATH, { id }),
    );
  }
  publish(id: string, keepalive = false) {
    return this.request<StatusAnswer>(apiPath(ADMIN_PUBLISH_PATH, { id }), {
      method: 'POST',
      body: '{}',
      keepalive,
    });
  }
  reject(id: string, reason: string, keepalive = false) {
    return this.request<StatusAnswer>(apiPath(ADMIN_REJECT_PATH, { id }), {
      method: 'POST',
      body: JSON.stringify({ reason }),
      keepalive,
    });
  }
  stats(manifesto: string) {
    return this.request<CampaignStats>(apiPath(ADMIN_STATS_PATH, {}, { manifesto }));
  }
  retentionPreview() {
    return this.request<ErasurePreview>(apiPath(ADMIN_RETENTION_PATH));
  }
  runRetention() {
    return this.request<RetentionReport>(apiPath(ADMIN_RETENTION_PATH), {
      method: 'POST',
      body: '{}',
    });
  }
  anonymizePreview(manifesto: string) {
    return this.request<ErasurePreview>(apiPath(ADMIN_ANONYMIZE_PATH, {}, { manifesto }));
  }
  runAnonymize(manifesto: string) {
    return this.request<{ anonymized: number }>(apiPath(ADMIN_ANONYMIZE_PATH), {
      method: 'POST',
      body: JSON.stringify({ manifesto }),
    });
  }
  /** An export as a file the browser saves (the token never goes into a URL). */
  async export(format: 'csv' | 'json'): Promise<Blob> {
    const path = format === 'csv' ? ADMIN_EXPORT_CSV_PATH : ADMIN_EXPORT_JSON_PATH;
    const response = await fetch(apiPath(path), {
      headers: { authorization: `Bearer ${this.token}`, 'accept-language': this.locale() },
    });
    if (!response.ok) throw new AdminApiError(response.status, 'server.error', response.statusText);
    return response.blob();
  }
}
