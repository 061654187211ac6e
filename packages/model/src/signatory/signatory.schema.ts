import * as z from 'zod/mini';
import { PlatformProfile } from '../platform/platform.schema.js';
import { Collectivity } from './collectivity.schema.js';
import { Individual } from './individual.schema.js';
import { Organization } from './organization.schema.js';
import { Representative } from './representative.schema.js';

export const CollectivitySignatory = z.object({
  kind: z.literal('collectivity'),
  collectivity: Collectivity,
  representative: Representative,
});
export type CollectivitySignatory = z.infer<typeof CollectivitySignatory>;

export const PlatformSignatory = z.object({
  kind: z.literal('platform'),
  platform: PlatformProfile,
  representative: Representative,
});
export type PlatformSignatory = z.infer<typeof PlatformSignatory>;

export const OrganizationSignatory = z.object({
  kind: z.literal('organization'),
  organization: Organization,
  representative: Representative,
});
export type OrganizationSignatory = z.infer<typeof OrganizationSignatory>;

export const IndividualSignatory = z.object({
  kind: z.literal('individual'),
  individual: Individual,
});
export type IndividualSignatory = z.infer<typeof IndividualSignatory>;

/** Who signs, discriminated by `kind`. */
export const Signatory = z.discriminatedUnion('kind', [
  CollectivitySignatory,
  PlatformSignatory,
  OrganizationSignatory,
  IndividualSignatory,
]);
export type Signatory = z.infer<typeof Signatory>;

/** The private address the registry writes to, whatever the kind. */
export function contactEmailOf(signatory: Signatory): string {
  return signatory.kind === 'individual'
    ? signatory.individual.email
    : signatory.representative.email;
}

/** The public name of the signing entity (a person's name only for an individual). */
export function entityNameOf(signatory: Signatory): string {
  switch (signatory.kind) {
    case 'collectivity':
      return signatory.collectivity.name;
    case 'platform':
      return signatory.platform.name;
    case 'organization':
      return signatory.organization.name;
    case 'individual':
      return `${signatory.individual.givenName} ${signatory.individual.familyName}`;
  }
}
