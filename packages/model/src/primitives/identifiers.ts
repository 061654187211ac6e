import * as z from 'zod/mini';

// Shapes only. The checksums and the canonical spellings live in @plateformcoop/signature,
// which normalises human input before these schemas see it.

/** SIREN: 9 digits (the Luhn check is the signature core's). */
export const Siren = z.string().check(z.regex(/^\d{9}$/));
/** SIRET: 14 digits. */
export const Siret = z.string().check(z.regex(/^\d{14}$/));
/** INSEE (COG) code of a commune: 5 characters, Corsica as 2A/2B, overseas 97x/98x. */
export const InseeCode = z.string().check(z.regex(/^(?:\d{5}|2[AB]\d{3})$/));
/**
 * Département code as the COG writes it: 01-95 without 20, Corsica 2A/2B, overseas 971-976,
 * and the collectivités d'outre-mer that the COG lists like départements (977, 978, 984-989).
 */
export const DepartementCode = z
  .string()
  .check(z.regex(/^(?:0[1-9]|1\d|2[1-9]|[3-8]\d|9[0-5]|2[AB]|97[1-8]|98[4-9])$/));
/** Région code (COG): two digits. */
export const RegionCode = z.string().check(z.regex(/^\d{2}$/));
/** French postal code: 5 digits. */
export const PostalCode = z.string().check(z.regex(/^\d{5}$/));
