import type { Locale } from '@plateformcoop/model';
import type {
  CampaignStats,
  ErasureItem,
  HistoryEntry,
  Manifesto,
  ModerationItem,
  RetentionReport,
  SignatureQuery,
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
export type SearchFilters = Partial<SignatureQuery>;

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
    return this.request<{ name: string }>('/v1/admin/me');
  }
  manifestos() {
    return this.request<Manifesto[]>('/v1/manifestos');
  }
  search(filters: SearchFilters) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(filters))
      if (value !== undefined && value !== '') params.set(key, String(value));
    return this.request<{ items: ModerationItem[]; nextCursor?: string }>(
      `/v1/admin/signatures?${params}`,
    );
  }
  detail(id: string) {
    return this.request<{ item: ModerationItem; history: HistoryEntry[] }>(
      `/v1/admin/signatures/${encodeURIComponent(id)}`,
    );
  }
  publish(id: string, keepalive = false) {
    return this.request<{ id: string; status: string }>(
      `/v1/admin/signatures/${encodeURIComponent(id)}/publish`,
      { method: 'POST', body: '{}', keepalive },
    );
  }
  reject(id: string, reason: string, keepalive = false) {
    return this.request<{ id: string; status: string }>(
      `/v1/admin/signatures/${encodeURIComponent(id)}/reject`,
      { method: 'POST', body: JSON.stringify({ reason }), keepalive },
    );
  }
  stats(manifesto: string) {
    return this.request<CampaignStats>(
      `/v1/admin/stats?manifesto=${encodeURIComponent(manifesto)}`,
    );
  }
  retentionPreview() {
    return this.request<{ items: ErasureItem[] }>('/v1/admin/retention');
  }
  runRetention() {
    return this.request<RetentionReport>('/v1/admin/retention', { method: 'POST', body: '{}' });
  }
  anonymizePreview(manifesto: string) {
    return this.request<{ items: ErasureItem[] }>(
      `/v1/admin/anonymize?manifesto=${encodeURIComponent(manifesto)}`,
    );
  }
  runAnonymize(manifesto: string) {
    return this.request<{ anonymized: number }>('/v1/admin/anonymize', {
      method: 'POST',
      body: JSON.stringify({ manifesto }),
    });
  }
  /** An export as a file the browser saves (the token never goes into a URL). */
  async export(format: 'csv' | 'json'): Promise<Blob> {
    const response = await fetch(`/v1/admin/export.${format}`, {
      headers: { authorization: `Bearer ${this.token}`, 'accept-language': this.locale() },
    });
    if (!response.ok) throw new AdminApiError(response.status, 'server.error', response.statusText);
    return response.blob();
  }
}
