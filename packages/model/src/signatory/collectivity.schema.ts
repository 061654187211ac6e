import * as z from 'zod/mini';
import { DepartementCode, InseeCode, RegionCode, Siren } from '../primitives/identifiers.js';
import { boundedText } from '../primitives/text.js';
import { TEXT_LIMITS } from '../primitives/text-limits.js';
import { COLLECTIVITY_TYPES } from './collectivity-types.js';
import { EPCI_TYPES } from './epci-types.js';

/** The kind of public body (the words of `COLLECTIVITY_TYPES`). */
export const CollectivityType = z.enum(COLLECTIVITY_TYPES);
export type CollectivityType = z.infer<typeof CollectivityType>;

/** The legal subtype of an EPCI (the words of `EPCI_TYPES`). */
export const EpciType = z.enum(EPCI_TYPES);
export type EpciType = z.infer<typeof EpciType>;

/**
 * A territorial collectivity or public body. Which identifiers are required depends on its type
 * (a commune has an INSEE code, an EPCI a SIREN, a commune associée no SIREN): those rules are
 * the signature core's, so that they come with localised messages.
 */
export const Collectivity = z.object({
  type: CollectivityType,
  epciType: z.optional(EpciType),
  name: boundedText(TEXT_LIMITS.name),
  inseeCode: z.optional(InseeCode),
  siren: z.optional(Siren),
  departementCode: z.optional(DepartementCode),
  regionCode: z.optional(RegionCode),
  population: z.optional(z.int().check(z.minimum(0))),
});
export type Collectivity = z.infer<typeof Collectivity>;
