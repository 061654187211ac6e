import * as z from 'zod/mini';
import { DepartementCode, InseeCode, RegionCode, Siren } from '../primitives/identifiers.js';
import { boundedText, TEXT_LIMITS } from '../primitives/text.js';

/** The kinds of French public bodies that sign as a collectivity. */
export const COLLECTIVITY_TYPES = [
  'commune',
  'commune-deleguee',
  'commune-associee',
  'epci',
  'ept',
  'syndicat',
  'petr',
  'pole-metropolitain',
  'departement',
  'region',
  'collectivite-statut-particulier',
  'collectivite-outre-mer',
  'autre-organisme-public',
] as const;
export const CollectivityType = z.enum(COLLECTIVITY_TYPES);
export type CollectivityType = z.infer<typeof CollectivityType>;

/** Legal subtypes of an EPCI à fiscalité propre, as the COG names them (CC, CA, CU, METRO, MET69). */
export const EPCI_TYPES = ['cc', 'ca', 'cu', 'metropole', 'metropole-de-lyon'] as const;
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
