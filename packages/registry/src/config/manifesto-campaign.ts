import type { Manifesto, SignatoryKind } from '@plateformcoop/model';
import type { RegistryConfig } from './config.js';

/**
 * A manifesto's campaign settings, each falling back on the registry's own (`MODERATION_POLICY`,
 * `COUNTER_GOAL`, `CAMPAIGN_NAME`) when its definition leaves it out.
 */
export function moderatedKindsOf(
  config: RegistryConfig,
  manifesto: Manifesto | undefined,
): readonly SignatoryKind[] {
  return manifesto?.moderatedKinds ?? config.moderatedKinds;
}

export function goalOf(
  config: RegistryConfig,
  manifesto: Manifesto | undefined,
): number | undefined {
  return manifesto?.goal ?? config.goal;
}

export function campaignNameOf(config: RegistryConfig, manifesto: Manifesto | undefined): string {
  return manifesto?.campaign?.name ?? config.campaignName;
}

/** The version whose content hash a signature recorded (the current one or an earlier one). */
export function versionOfHash(manifesto: Manifesto | undefined, hash: string): string | undefined {
  if (!manifesto) return undefined;
  if (manifesto.contentHash === hash) return manifesto.version;
  return manifesto.previousVersions?.find((v) => v.contentHash === hash)?.version;
}
