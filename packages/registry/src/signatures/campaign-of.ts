import type { SignatoryKind, SignatureSubmission } from '@plateformcoop/model';
import { campaignNameOf, moderatedKindsOf } from '../config/manifesto-campaign.js';
import type { SignatureMailContext } from '../mail/messages.js';
import type { RegistryContext } from '../registry-context.js';
import { signatureMailContext } from './contact.js';

/** The kinds a moderator publishes for this manifesto (its definition's, else `MODERATION_POLICY`). */
export function moderatedKindsFor(
  ctx: RegistryContext,
  manifestoId: string,
): readonly SignatoryKind[] {
  return moderatedKindsOf(ctx.config, ctx.manifestos.get(manifestoId));
}

/** The campaign's name in this manifesto's mails and pages (its definition's, else `CAMPAIGN_NAME`). */
export function campaignFor(ctx: RegistryContext, manifestoId: string): string {
  return campaignNameOf(ctx.config, ctx.manifestos.get(manifestoId));
}

/** What every mail about a signature starts from, in its manifesto's campaign's name and contact. */
export function mailContextFor(
  ctx: RegistryContext,
  submission: SignatureSubmission,
): SignatureMailContext {
  const manifesto = ctx.manifestos.get(submission.manifestoId);
  return signatureMailContext(
    campaignFor(ctx, submission.manifestoId),
    submission,
    manifesto?.campaign?.contact,
  );
}
