// The shapes of the admin API's answers and queries: the registry's own types, inferred from the
// schemas its route table documents (type-only imports: nothing of the server reaches the
// console's bundle), so that the console and the API cannot drift apart.
export type { Manifesto, StatusAnswer } from '@plateformcoop/model';
export type { CampaignStats } from '../../src/admin/campaign-stats.js';
export type { ModerationItem } from '../../src/admin/moderation-item.js';
export type { ErasureItem, ErasurePreview } from '../../src/admin/privacy-preview.js';
export type { HistoryEntry } from '../../src/admin/signature-history.js';
export type { SignaturesQuery } from '../../src/http/routes/moderation-routes.js';
export type { RetentionReport } from '../../src/privacy/retention.js';
