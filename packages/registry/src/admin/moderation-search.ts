import type { SignatoryKind, SignatureStatus } from '@plateformcoop/model';
import { foldForSearch } from '../geo/fold.js';
import type { RegistryContext } from '../registry-context.js';
import { type ModerationItem, moderationItemsOf } from './moderation-item.js';

/** The moderators' filters over every signature, checked by the route (all optional). */
export interface SignatureQuery {
  manifesto?: string | undefined;
  status?: SignatureStatus | undefined;
  kind?: SignatoryKind | undefined;
  /** A département code (`59`, `2A`, `971`) or a région code prefixed `r` (`r32`). */
  territory?: string | undefined;
  /** Created on or after this day (`YYYY-MM-DD`). */
  from?: string | undefined;
  /** Created on or before this day (`YYYY-MM-DD`). */
  to?: string | undefined;
  /** Text: a name, an INSEE code, a SIREN, an e-mail domain or an id. */
  q?: string | undefined;
  order: 'oldest' | 'newest';
  /** The sort keys of the last item of the previous page (from its cursor). */
  after?: readonly [createdAt: string, id: string] | undefined;
  limit: number;
}

/** One page of signatures matching the filters, and the sort keys of its last item if more follow. */
export async function searchSignatures(
  ctx: RegistryContext,
  query: SignatureQuery,
): Promise<{ items: ModerationItem[]; next?: [createdAt: string, id: string] }> {
  const rows = await ctx.store.moderationSearch.search({
    manifestoId: query.manifesto,
    status: query.status,
    kind: query.kind,
    territory: query.territory,
    from: query.from,
    to: query.to,
    text: query.q,
    foldedText: query.q === undefined ? undefined : foldForSearch(query.q),
    newestFirst: query.order === 'newest',
    after: query.after,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: await moderationItemsOf(ctx, page),
    ...(rows.length > query.limit && last ? { next: [last.created_at, last.id] } : {}),
  };
}
