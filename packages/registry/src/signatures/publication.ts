import {
  apiPath,
  BADGE_JSON_PATH,
  BADGE_SVG_PATH,
  CERTIFICATE_PAGE_PATH,
  PLATFORM_PATH,
  WITHDRAW_PAGE_PATH,
  withQuery,
} from '@plateformcoop/model';
import { createToken } from '@plateformcoop/signature';
import type { MailMessage } from '../mail/mailer.js';
import { badgeMail, confirmedMail, publishedMail } from '../mail/messages.js';
import type { RegistryContext } from '../registry-context.js';
import type { SignatureRow } from '../store/signature-store.js';
import { campaignFor, mailContextFor } from './campaign-of.js';
import { contactOf, hasContact } from './contact.js';
import { submissionOf } from './signature-row.js';

/** How long a withdrawal link works: as long as a campaign lasts, give or take. */
const WITHDRAW_LINK_DAYS = 5 * 365;

/** After a row became published: counters, the platform's badge, the snippets mail. */
export async function afterPublication(
  ctx: RegistryContext,
  row: SignatureRow,
  publishedAt: string,
): Promise<void> {
  await ctx.counters.changed(row.manifesto_id);
  const submission = submissionOf(row);
  if (submission?.signatory.kind !== 'platform') return;
  const slug = await ctx.platforms.attachSignature(
    submission.signatory.platform,
    row.id,
    publishedAt,
  );
  await ctx.store.signatures.update(row.id, { platform_slug: slug });
  // A platform recorded from its board's decision without an address gets its badge unmailed.
  if (!hasContact(submission)) return;
  const base = ctx.config.publicUrl;
  const svg = `${base}${apiPath(BADGE_SVG_PATH, { slug })}`;
  const json = `${base}${apiPath(BADGE_JSON_PATH, { slug })}`;
  await ctx.mail.acknowledge(
    badgeMail({
      to: contactOf(submission),
      locale: submission.locale,
      campaign: campaignFor(ctx, row.manifesto_id),
      platform: submission.signatory.platform.name,
      snippets: {
        script: `<script type="module" src="${base}/widgets/badge.js"></script>\n<plateformcoop-badge platform="${slug}" registry="${base}"></plateformcoop-badge>`,
        mount: `<div data-plateformcoop="badge" data-platform="${slug}" data-registry="${base}"></div>\n<script type="module" src="${base}/widgets/badge.js"></script>`,
        image: `<a href="${base}${apiPath(PLATFORM_PATH, { slug })}"><img src="${svg}" alt="PlateformCoop"></a>`,
        shields: `https://img.shields.io/endpoint?url=${encodeURIComponent(json)}`,
      },
    }),
  );
}

/** After a published row left publication (withdrawn, rejected): counters and badge revoked. */
export async function afterUnpublication(ctx: RegistryContext, row: SignatureRow): Promise<void> {
  await ctx.counters.changed(row.manifesto_id);
  if (row.kind !== 'platform') return;
  const slug = await ctx.platforms.detachSignature(row.id);
  // Still a signatory of another manifesto: its badge stays, by that signature.
  const other = slug ? await ctx.store.signatures.publishedOfPlatform(slug) : undefined;
  if (slug && other)
    await ctx.platforms.reattach(slug, other.id, other.published_at ?? other.created_at);
}

/** A withdrawal link for a signature, as long as a campaign lasts. */
async function withdrawLinkOf(ctx: RegistryContext, id: string, now: Date): Promise<string> {
  const token = await createToken({
    secret: ctx.tokenSecret,
    purpose: 'withdraw',
    signatureId: id,
    expiresAt: new Date(now.getTime() + WITHDRAW_LINK_DAYS * 86_400_000),
  });
  return `${ctx.config.publicUrl}${withQuery(WITHDRAW_PAGE_PATH, { token })}`;
}

/** The address of a published signature's certificate page. */
function certificateLinkOf(ctx: RegistryContext, id: string): string {
  return `${ctx.config.publicUrl}${apiPath(CERTIFICATE_PAGE_PATH, { id })}`;
}

/**
 * The mail once a signature is confirmed: published or awaiting moderation, and how to withdraw.
 * An acknowledgement of the owner's own action (outside the daily cap), queued by `changeStatus`
 * with the change; none without the signature's personal data.
 */
export async function confirmedMailOf(
  ctx: RegistryContext,
  row: SignatureRow,
  published: boolean,
): Promise<MailMessage | undefined> {
  const submission = submissionOf(row);
  if (!submission) return undefined;
  return confirmedMail({
    ...mailContextFor(ctx, submission),
    published,
    withdrawLink: await withdrawLinkOf(ctx, row.id, ctx.now()),
    certificateLink: certificateLinkOf(ctx, row.id),
  });
}

/** The mail once a signature is published by a moderator or recorded: how to withdraw, again. */
export async function publishedMailOf(
  ctx: RegistryContext,
  row: SignatureRow,
): Promise<MailMessage | undefined> {
  const submission = submissionOf(row);
  if (!submission || !hasContact(submission)) return undefined;
  return publishedMail({
    ...mailContextFor(ctx, submission),
    withdrawLink: await withdrawLinkOf(ctx, row.id, ctx.now()),
    certificateLink: certificateLinkOf(ctx, row.id),
  });
}
