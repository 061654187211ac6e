import * as z from 'zod/mini';
import { PlatformSector } from '../platform/platform.schema.js';
import { DepartementCode, InseeCode, RegionCode, Siren } from '../primitives/identifiers.js';
import { Timestamp } from '../primitives/web.js';
import { CollectivityType, EpciType } from '../signatory/collectivity.schema.js';
import { OrganizationType } from '../signatory/organization.schema.js';
import { RepresentativeRole } from '../signatory/representative.schema.js';
import { SignatoryKind } from '../signatory/signatory-kind.schema.js';
import { Deliberation } from './deliberation.schema.js';
import type { Signature } from './signature.schema.js';
import { ContentHash } from './signature-submission.schema.js';

/**
 * What may be shown of a published signature. It has no e-mail and no phone, and a person's name
 * and function only when they consented to public display (an individual who did not consent is
 * listed without a name). Build it with `toPublicSignatory`, the one place that decides.
 */
export const PublicSignatory = z.strictObject({
  id: z.string(),
  kind: SignatoryKind,
  /** The body's name; for an individual, their name only with consent. */
  name: z.optional(z.string()),
  collectivityType: z.optional(CollectivityType),
  epciType: z.optional(EpciType),
  organizationType: z.optional(OrganizationType),
  sector: z.optional(PlatformSector),
  inseeCode: z.optional(InseeCode),
  siren: z.optional(Siren),
  departementCode: z.optional(DepartementCode),
  regionCode: z.optional(RegionCode),
  population: z.optional(z.int()),
  website: z.optional(z.string()),
  /** The signer's name and function, only with consent to public display. */
  representative: z.optional(
    z.strictObject({
      name: z.string(),
      role: RepresentativeRole,
      function: z.optional(z.string()),
    }),
  ),
  commitments: z.array(z.string()),
  publishedAt: Timestamp,
  /** The content hash of the text signed (a signature keeps it when a new version comes). */
  manifestoHash: z.optional(ContentHash),
  /** The `version` of the text signed, when the registry still knows it. */
  manifestoVersion: z.optional(z.string()),
  /** The deliberation (council or board decision) by which it signed, when not by the form. */
  deliberation: z.optional(Deliberation),
});
export type PublicSignatory = z.infer<typeof PublicSignatory>;

function defined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

/** What the registry knows besides the stored signature. */
export interface PublicSignatoryContext {
  /** The `version` whose content hash the signature recorded. */
  manifestoVersion?: string | undefined;
}

/** The one projection from a stored signature to what the public may see. */
export function toPublicSignatory(
  s: Signature,
  context: PublicSignatoryContext = {},
): PublicSignatory {
  const shown = s.consents.publicDisplay;
  const base = {
    id: s.id,
    kind: s.signatory.kind,
    commitments: [...s.commitments],
    publishedAt: s.publishedAt ?? s.createdAt,
    manifestoHash: s.manifestoHash,
    manifestoVersion: context.manifestoVersion,
    deliberation: s.deliberation ? defined({ ...s.deliberation }) : undefined,
  };
  const person = (r: {
    givenName: string;
    familyName: string;
    role: RepresentativeRole;
    function?: string | undefined;
  }) =>
    shown
      ? defined({ name: `${r.givenName} ${r.familyName}`, role: r.role, function: r.function })
      : undefined;
  switch (s.signatory.kind) {
    case 'collectivity': {
      const c = s.signatory.collectivity;
      return defined({
        ...base,
        name: c.name,
        collectivityType: c.type,
        epciType: c.epciType,
        inseeCode: c.inseeCode,
        siren: c.siren,
        departementCode: c.departementCode,
        regionCode: c.regionCode,
        population: c.population,
        representative: person(s.signatory.representative),
      });
    }
    case 'platform': {
      const p = s.signatory.platform;
      return defined({
        ...base,
        name: p.name,
        sector: p.sector,
        siren: p.siren,
        website: p.website,
        representative: person(s.signatory.representative),
      });
    }
    case 'organization': {
      const o = s.signatory.organization;
      return defined({
        ...base,
        name: o.name,
        organizationType: o.type,
        siren: o.siren,
        website: o.website,
        representative: person(s.signatory.representative),
      });
    }
    case 'individual': {
      const i = s.signatory.individual;
      return defined({ ...base, name: shown ? `${i.givenName} ${i.familyName}` : undefined });
    }
  }
}
