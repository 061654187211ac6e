import {
  Deliberation,
  MODERATION_PATHS,
  SignatoryKind,
  SignatureStatus,
  StatusAnswer,
} from '@plateformcoop/model';
import { z } from 'zod';
import { CampaignStats, campaignStats } from '../../admin/campaign-stats.js';
import { ModerationItem, moderationItemsOf } from '../../admin/moderation-item.js';
import { searchSignatures } from '../../admin/moderation-search.js';
import { anonymizePreview, ErasurePreview, retentionPreview } from '../../admin/privacy-preview.js';
import { HistoryEntry, historyOf } from '../../admin/signature-history.js';
import { DomainError } from '../../domain-error.js';
import { OpenDataRecord, openDataCsv, openDataRecords } from '../../exports/open-data.js';
import { anonymizeManifesto } from '../../privacy/anonymize.js';
import { applyRetention, RetentionReport } from '../../privacy/retention.js';
import type { RegistryContext } from '../../registry-context.js';
import { publishSignature, rejectSignature } from '../../signatures/moderate-signature.js';
import { recordDeliberation } from '../../signatures/record-deliberation.js';
import { encodeCursor } from '../cursor.js';
import { cursor, idParameter, optional, pageSize } from '../query-parameters.js';
import {
  defineRoute,
  jsonAnswer,
  type ObjectSchema,
  type RouteDeclaration,
  textAnswer,
} from '../route.js';

/** Longest reason a moderator may mail a signer. */
export const MAX_REASON_LENGTH = 1000;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TERRITORY = /^(r\d{2}|\d{2,3}|2[AB])$/;

/** The filters of the moderators' search (400 `field.invalid` for a value out of its form). */
export const SignaturesQuery = z.object({
  manifesto: optional(z.string().describe('A manifesto id')),
  status: optional(SignatureStatus),
  kind: optional(SignatoryKind),
  territory: optional(
    z
      .string()
      .regex(TERRITORY)
      .describe('A département code (`59`), or `r` and a région code (`r32`)'),
  ),
  from: optional(z.string().regex(DAY).describe('Submitted on or after this day (`YYYY-MM-DD`)')),
  to: optional(z.string().regex(DAY).describe('Submitted on or before this day (`YYYY-MM-DD`)')),
  q: optional(
    z.string().max(200).describe('A name, an INSEE code, a SIREN, a mail domain or an id'),
  ),
  order: optional(
    z.enum(['oldest', 'newest']).describe('`oldest` first (default) or `newest`'),
  ).transform((order) => order ?? 'oldest'),
  cursor,
  limit: pageSize(500, 100),
});
/** The search's filters as a client sends them (each one optional; the cursor as received). */
export type SignaturesQuery = Partial<Omit<z.output<typeof SignaturesQuery>, 'cursor'>> & {
  cursor?: string;
};

/** An export's filter: one manifesto's signatures, or every one's. */
const exportQuery = z.object({
  manifesto: optional(
    z.string().describe('A manifesto id (every manifesto’s signatures by default)'),
  ),
});

const manifestoQuery = z.object({
  manifesto: optional(z.string().describe('A manifesto id (the first one served by default)')),
});

const ModerationPage = z.object({
  items: z.array(ModerationItem),
  nextCursor: z.string().optional().describe('Pass it as `cursor` to read the next page'),
});

const SignatureDetail = z.object({ item: ModerationItem, history: z.array(HistoryEntry) });

const RejectionRequest = z
  .strictObject({ reason: z.string().max(MAX_REASON_LENGTH).optional() })
  .meta({ id: 'RejectionRequest' });
const AnonymizeRequest = z.strictObject({ manifesto: z.string() }).meta({ id: 'AnonymizeRequest' });
const EmptyRequest = z.strictObject({});

const OfflineSignatureRequest = z
  .strictObject({
    signatory: z
      .looseObject({
        kind: z.enum(['collectivity', 'platform', 'organization']),
        representative: z.looseObject({
          givenName: z.string(),
          familyName: z.string(),
          role: z.string(),
          email: z.string().optional().describe('When given, it is mailed the withdrawal link'),
          authorised: z.boolean().optional().describe('The deliberation authorises: `true`'),
        }),
      })
      .describe(
        'A submission’s `Signatory` (the model’s), whose representative’s `email` and `authorised` may be left out',
      ),
    commitments: z.array(z.string()).describe('Ids of the commitments adopted'),
    deliberation: Deliberation,
  })
  .meta({ id: 'OfflineSignatureRequest' });

const RecordedAnswer = z.object({
  id: z.string(),
  status: z.literal('published'),
  mailed: z.boolean().optional().describe('The contact address was mailed the withdrawal link'),
});

/** The rejection's body: `{}` or `{ reason }` (unknown fields refused). */
export function rejectionReasonOf(body: unknown): string | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body !== 'object' || Array.isArray(body)) throw new DomainError('field.invalid');
  if (Object.keys(body).some((k) => k !== 'reason')) throw new DomainError('field.unknown');
  const reason = (body as { reason?: unknown }).reason;
  if (reason === undefined) return undefined;
  if (typeof reason !== 'string') throw new DomainError('field.invalid');
  const trimmed = reason.trim();
  if (trimmed.length > MAX_REASON_LENGTH) throw new DomainError('text.too_long');
  return trimmed || undefined;
}

/** The anonymisation's body: `{ manifesto }`. */
function anonymizedManifestoOf(body: unknown): string {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new DomainError('field.invalid');
  if (Object.keys(body).some((k) => k !== 'manifesto')) throw new DomainError('field.unknown');
  const { manifesto } = body as { manifesto?: unknown };
  if (typeof manifesto !== 'string') throw new DomainError('field.required');
  return manifesto;
}

function manifestoOf(ctx: RegistryContext, id: string | undefined): string {
  const manifesto = id ?? ctx.manifestos.keys().next().value;
  if (!manifesto || !ctx.manifestos.has(manifesto)) throw new DomainError('manifesto.unknown');
  return manifesto;
}

/** A route of the moderation API: behind the moderators' bearer token, never read cross-origin. */
function moderationRoute<
  P extends ObjectSchema | undefined = undefined,
  Q extends ObjectSchema | undefined = undefined,
>(route: Omit<RouteDeclaration<P, Q>, 'exposure' | 'tags'>) {
  return defineRoute<P, Q>({ ...route, exposure: 'admin', tags: ['moderation'] });
}

/**
 * What the moderation console reads and runs, under `/v1/admin/`, behind the moderators'
 * bearer token (`exposure: 'admin'`, see app.ts): search, detail with history, decisions,
 * stats, privacy previews and runs, exports.
 */
export const moderationRoutes = [
  moderationRoute({
    method: 'get',
    path: MODERATION_PATHS.me,
    operationId: 'getModerator',
    summary: 'The name of the admin token presented',
    answers: {
      200: jsonAnswer(
        '`admin` for `ADMIN_TOKEN`, else the name given to `admins add`',
        z.object({ name: z.string() }),
      ),
    },
    handle: () => (c) => c.json({ name: c.get('moderator') }),
  }),
  moderationRoute({
    method: 'get',
    path: MODERATION_PATHS.signatures,
    operationId: 'searchSignatures',
    summary: 'Search every signature, with its personal data and moderation hints',
    description:
      'Open-data columns, the stored `signature` (`null` once erased), `official` (the COG record of a collectivity), `emailDomain`; oldest first unless `order=newest`.',
    query: SignaturesQuery,
    answers: { 200: jsonAnswer('A page', ModerationPage) },
    handle:
      (ctx) =>
      async (c, { query }) => {
        const { cursor: after, ...filters } = query;
        const { items, next } = await searchSignatures(ctx, { ...filters, after });
        return c.json({ items, ...(next ? { nextCursor: encodeCursor(next) } : {}) });
      },
  }),
  moderationRoute({
    method: 'get',
    path: MODERATION_PATHS.signature,
    operationId: 'getSignature',
    summary: 'One signature and the history of its status changes',
    params: idParameter,
    answers: {
      200: jsonAnswer(
        'Every status change: from, to, who (signer, token name, or the system), why, when',
        SignatureDetail,
      ),
    },
    errors: ['not_found'],
    handle:
      (ctx) =>
      async (c, { params }) => {
        const row = await ctx.store.signatures.findById(params.id);
        if (!row) throw new DomainError('not_found');
        const history = await ctx.store.auditLog.ofSignature(row.id);
        const [item] = await moderationItemsOf(ctx, [row]);
        return c.json({ item: item!, history: historyOf(history) });
      },
  }),
  moderationRoute({
    method: 'post',
    path: MODERATION_PATHS.publish,
    operationId: 'publishSignature',
    summary: 'Publishes a confirmed signature',
    params: idParameter,
    body: { schema: EmptyRequest },
    answers: { 200: jsonAnswer('Published', StatusAnswer) },
    errors: ['not_found', 'transition.forbidden', 'signature.competing'],
    handle:
      (ctx) =>
      async (c, { params }) =>
        c.json(await publishSignature(ctx, params.id, c.get('moderator'))),
  }),
  moderationRoute({
    method: 'post',
    path: MODERATION_PATHS.reject,
    operationId: 'rejectSignature',
    summary: 'Rejects a signature, mailing the reason to the signer; its personal data is erased',
    params: idParameter,
    body: { schema: RejectionRequest },
    answers: { 200: jsonAnswer('Rejected', StatusAnswer) },
    errors: [
      'not_found',
      'transition.forbidden',
      'field.invalid',
      'field.unknown',
      'text.too_long',
    ],
    handle:
      (ctx) =>
      async (c, { params, body }) =>
        c.json(await rejectSignature(ctx, params.id, c.get('moderator'), rejectionReasonOf(body))),
  }),
  moderationRoute({
    method: 'post',
    path: MODERATION_PATHS.offlineSignatures,
    operationId: 'recordOfflineSignature',
    summary: 'Records a signature made by a deliberation (a council’s, or a board’s), not the form',
    description:
      'The signatory has the shape of a submission’s (a collectivity is checked against the official list); the representative’s `email` may be left out, and when given it is mailed the withdrawal link. Published and counted at once; its public listing carries the deliberation; the audit log names the moderator.',
    params: idParameter,
    body: {
      schema: OfflineSignatureRequest,
      examples: {
        collectivity: {
          summary: 'A commune’s council deliberation',
          value: {
            signatory: {
              kind: 'collectivity',
              collectivity: {
                type: 'commune',
                name: 'Lille',
                inseeCode: '59350',
                departementCode: '59',
              },
              representative: { givenName: 'Camille', familyName: 'Exemple', role: 'maire' },
            },
            commitments: [],
            deliberation: {
              date: '2023-11-20',
              reference: 'DEL-2023-114',
              url: 'https://www.example.fr/deliberations/2023-114',
            },
          },
        },
      },
    },
    answers: { 201: jsonAnswer('Recorded and published', RecordedAnswer) },
    errors: ['manifesto.unknown', 'submission.invalid', 'signature.duplicate', 'field.invalid'],
    handle:
      (ctx) =>
      async (c, { params, body }) =>
        c.json(
          await recordDeliberation(ctx, params.id, body, c.get('moderator'), c.get('locale')),
          201,
        ),
  }),
  moderationRoute({
    method: 'get',
    path: MODERATION_PATHS.stats,
    operationId: 'getCampaignStats',
    summary: 'The campaign at a glance: by kind and status, per day, by département',
    query: manifestoQuery,
    answers: { 200: jsonAnswer('The figures', CampaignStats) },
    errors: ['manifesto.unknown'],
    handle:
      (ctx) =>
      async (c, { query }) =>
        c.json(await campaignStats(ctx, manifestoOf(ctx, query.manifesto))),
  }),
  moderationRoute({
    method: 'get',
    path: MODERATION_PATHS.retention,
    operationId: 'previewRetention',
    summary: 'What retention would erase now (no personal data in the list)',
    answers: { 200: jsonAnswer('The list', ErasurePreview) },
    handle: (ctx) => async (c) => c.json(await retentionPreview(ctx)),
  }),
  moderationRoute({
    method: 'post',
    path: MODERATION_PATHS.retention,
    operationId: 'runRetention',
    summary: 'Applies the privacy rules now',
    body: { schema: EmptyRequest },
    answers: { 200: jsonAnswer('What it did', RetentionReport) },
    handle: (ctx) => async (c) => c.json(await applyRetention(ctx)),
  }),
  moderationRoute({
    method: 'get',
    path: MODERATION_PATHS.anonymize,
    operationId: 'previewAnonymization',
    summary: "What anonymising a manifesto's signatures would strip",
    query: manifestoQuery,
    answers: { 200: jsonAnswer('The list', ErasurePreview) },
    errors: ['manifesto.unknown'],
    handle:
      (ctx) =>
      async (c, { query }) =>
        c.json(await anonymizePreview(ctx, manifestoOf(ctx, query.manifesto))),
  }),
  moderationRoute({
    method: 'post',
    path: MODERATION_PATHS.anonymize,
    operationId: 'runAnonymization',
    summary: "Strips personal data from a closed campaign's signatures",
    body: { schema: AnonymizeRequest },
    answers: {
      200: jsonAnswer(
        'How many signatures lost their personal data',
        z.object({ anonymized: z.number().int() }),
      ),
    },
    errors: ['field.invalid', 'field.unknown', 'field.required', 'manifesto.unknown'],
    handle:
      (ctx) =>
      async (c, { body }) => {
        const manifesto = manifestoOf(ctx, anonymizedManifestoOf(body));
        return c.json({ anonymized: await anonymizeManifesto(ctx, manifesto) });
      },
  }),
  moderationRoute({
    method: 'get',
    path: MODERATION_PATHS.exportCsv,
    operationId: 'exportCsv',
    summary: 'Every signature, open-data columns, as CSV (UTF-8 with BOM, formula-safe cells)',
    query: exportQuery,
    answers: {
      200: textAnswer('A CSV file', 'text/csv'),
    },
    errors: ['manifesto.unknown'],
    handle:
      (ctx) =>
      async (c, { query }) => {
        const manifesto = query.manifesto ? manifestoOf(ctx, query.manifesto) : undefined;
        c.header('Content-Type', 'text/csv; charset=utf-8');
        c.header(
          'Content-Disposition',
          `attachment; filename="${manifesto ? `${manifesto}-` : ''}signatures.csv"`,
        );
        return c.body(await openDataCsv(ctx.store.signatures, manifesto));
      },
  }),
  moderationRoute({
    method: 'get',
    path: MODERATION_PATHS.exportJson,
    operationId: 'exportJson',
    summary: 'Every signature, open-data columns, as JSON',
    query: exportQuery,
    answers: {
      200: jsonAnswer('The records', z.array(OpenDataRecord)),
    },
    errors: ['manifesto.unknown'],
    handle:
      (ctx) =>
      async (c, { query }) => {
        const manifesto = query.manifesto ? manifestoOf(ctx, query.manifesto) : undefined;
        c.header(
          'Content-Disposition',
          `attachment; filename="${manifesto ? `${manifesto}-` : ''}signatures.json"`,
        );
        return c.json(await openDataRecords(ctx.store.signatures, manifesto));
      },
  }),
];
