import type { SignatoryKind } from '@plateformcoop/model';

/** Which kinds of signatory a moderator must approve before their signature is published. */
export interface ModerationPolicy {
  moderatedKinds: readonly SignatoryKind[];
}

/**
 * The default: a collectivity's signature commits a public body, so a person checks it first;
 * platforms, organisations and individuals are published as soon as they confirm.
 */
export const DEFAULT_MODERATION_POLICY: ModerationPolicy = { moderatedKinds: ['collectivity'] };
