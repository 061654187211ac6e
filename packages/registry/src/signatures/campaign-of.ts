import type { SignatoryKind } from '@plateformcoop/model';
import { campaignNameOf, moderatedKindsOf } from '../config/manifesto-campaign.js';
import type { RegistryContext } from '../registry-context.js';

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
