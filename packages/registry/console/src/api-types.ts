// The shapes of the admin API's answers: the registry's own types (type-only imports, nothing of
// the server reaches the console's bundle), so that the console and the API cannot drift apart.
export type { Manifesto } from '@plateformcoop/model';
export type { CampaignStats } from '../../src/admin/campaign-stats.js';
export type { HistoryEntry } from '../../src/admin/console-api-routes.js';
export type { ErasureItem } from '../../src/admin/privacy-preview.js';
export type { ModerationItem, SignatureQuery } from '../../src/admin/signature-search.js';
export type { RetentionReport } from '../../src/privacy/retention.js';
