import * as z from 'zod/mini';
import { Timestamp } from '../primitives/web.js';
import { SignatoryKind } from '../signatory/signatory-kind.schema.js';

const Count = z.int().check(z.minimum(0));

/** Published signatures of a manifesto, totalled the ways the widgets show them. */
export const Counter = z.object({
  manifestoId: z.string(),
  total: Count,
  byKind: z.record(SignatoryKind, Count),
  byDepartement: z.record(z.string(), Count),
  byRegion: z.record(z.string(), Count),
  /**
   * The same by kind of signatory: `{ "59": { "collectivity": 2, "individual": 5 } }`, the kinds
   * a territory has none of left out (the map widget's `kind` filter reads them).
   */
  byDepartementAndKind: z.record(z.string(), z.partialRecord(SignatoryKind, Count)),
  byRegionAndKind: z.record(z.string(), z.partialRecord(SignatoryKind, Count)),
  /** Inhabitants of the signing collectivities, where their population is known. */
  populationCovered: Count,
  goal: z.optional(Count),
  updatedAt: Timestamp,
});
export type Counter = z.infer<typeof Counter>;
