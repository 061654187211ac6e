import * as z from 'zod/mini';
import { Siren } from '../primitives/identifiers.js';
import { boundedText, LocalizedText } from '../primitives/text.js';
import { TEXT_LIMITS } from '../primitives/text-limits.js';
import { HttpsUrl, Slug } from '../primitives/web.js';
import { LEGAL_FORMS } from './legal-forms.js';
import { PLATFORM_SECTORS } from './platform-sectors.js';

export const PlatformSector = z.enum(PLATFORM_SECTORS);
export type PlatformSector = z.infer<typeof PlatformSector>;

export const LegalForm = z.enum(LEGAL_FORMS);
export type LegalForm = z.infer<typeof LegalForm>;

/** The free software a platform runs on. */
export const PlatformSoftware = z.object({
  name: boundedText(TEXT_LIMITS.short),
  /** SPDX licence identifier, e.g. `AGPL-3.0-or-later`. */
  license: z.optional(
    z.string().check(z.regex(/^[A-Za-z0-9.+-]+(?: (?:OR|AND|WITH) [A-Za-z0-9.+-]+)*$/)),
  ),
  repository: z.optional(HttpsUrl),
});
export type PlatformSoftware = z.infer<typeof PlatformSoftware>;

/**
 * A cooperative platform. What public sources do not say stays absent: nothing is invented.
 */
export const Platform = z.object({
  slug: Slug,
  name: boundedText(TEXT_LIMITS.name),
  sector: PlatformSector,
  description: LocalizedText,
  /** Absent where no public source gives it. */
  website: z.optional(HttpsUrl),
  /** Where the platform operates, in words ("France", "Hauts-de-France", "Lille et environs"). */
  territory: z.optional(boundedText(TEXT_LIMITS.short)),
  legalForm: z.optional(LegalForm),
  siren: z.optional(Siren),
  /** Holds the ESUS approval (entreprise solidaire d'utilité sociale). */
  esus: z.optional(z.boolean()),
  software: z.optional(PlatformSoftware),
  logo: z.optional(HttpsUrl),
});
export type Platform = z.infer<typeof Platform>;

/** What a platform project tells about itself when it signs. */
export const PlatformProfile = z.object({
  name: boundedText(TEXT_LIMITS.name),
  website: HttpsUrl,
  sector: PlatformSector,
  legalForm: z.optional(LegalForm),
  siren: z.optional(Siren),
  territory: z.optional(boundedText(TEXT_LIMITS.short)),
  description: z.optional(boundedText(TEXT_LIMITS.paragraph)),
  software: z.optional(PlatformSoftware),
});
export type PlatformProfile = z.infer<typeof PlatformProfile>;

/** A platform as the registry serves it: the platform and whether it signed. */
export const PlatformWithStatus = z.extend(Platform, {
  signed: z.boolean(),
  signedAt: z.optional(z.string()),
});
export type PlatformWithStatus = z.infer<typeof PlatformWithStatus>;
