import {
  type Deliberation,
  entityNameOf,
  type Manifesto,
  type PublicSignatory,
  type Signature,
  type SignatureSubmission,
  toPublicSignatory,
} from '@plateformcoop/model';
import { versionOfHash } from '../config/manifesto-campaign.js';
import type { CollectivityIndex } from '../geo/collectivity-index.js';
import { foldForSearch } from '../geo/fold.js';
import type { SignatureRow } from '../store/signature-store.js';

/** Seconds-precision UTC, the wire format of every time (`2026-11-28T13:00:00Z`). */
export function isoNow(now: Date = new Date()): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const omitNull = <T extends object>(o: T): T => {
  for (const k of Object.keys(o) as (keyof T)[])
    if (o[k] === null || o[k] === undefined) delete o[k];
  return o;
};

/** The public name searched by `q`: a body's name, or a person's only with consent. */
function searchableName(s: SignatureSubmission): string | null {
  if (s.signatory.kind === 'individual' && !s.consents.publicDisplay) return null;
  return foldForSearch(entityNameOf(s.signatory));
}

/** A new pending row from a validated submission (institutional facts copied into columns). */
export function newSignatureRow(input: {
  id: string;
  key: string;
  submission: SignatureSubmission;
  manifestoHash: string;
  now: string;
  geo: CollectivityIndex;
}): SignatureRow {
  const { submission: s, geo } = input;
  const signatory = s.signatory;
  const collectivity = signatory.kind === 'collectivity' ? signatory.collectivity : undefined;
  let departement = collectivity?.departementCode ?? null;
  if (signatory.kind === 'individual' && signatory.individual.postalCode) {
    departement = geo.departementOfPostalCode(signatory.individual.postalCode) ?? null;
  }
  const region =
    collectivity?.regionCode ??
    (departement ? (geo.regionOfDepartement(departement) ?? null) : null);
  const siren =
    signatory.kind === 'collectivity'
      ? signatory.collectivity.siren
      : signatory.kind === 'platform'
        ? signatory.platform.siren
        : signatory.kind === 'organization'
          ? signatory.organization.siren
          : undefined;
  return {
    id: input.id,
    manifesto_id: s.manifestoId,
    signature_key: input.key,
    status: 'pending_confirmation',
    kind: signatory.kind,
    locale: s.locale,
    manifesto_hash: input.manifestoHash,
    submission: JSON.stringify({ ...s, manifestoHash: input.manifestoHash }),
    commitments: JSON.stringify(s.commitments),
    entity_name: signatory.kind === 'individual' ? null : entityNameOf(signatory),
    collectivity_type: collectivity?.type ?? null,
    siren: siren ?? null,
    insee_code: collectivity?.inseeCode ?? null,
    departement_code: departement,
    region_code: region,
    population: collectivity?.population ?? null,
    platform_slug: null,
    search_text: searchableName(s),
    created_at: input.now,
    confirmed_at: null,
    published_at: null,
    rejected_at: null,
    withdrawn_at: null,
    expired_at: null,
    erased_at: null,
    deliberation: null,
  };
}

/** The submission stored with a row, while its personal data is kept. */
export function submissionOf(row: SignatureRow): SignatureSubmission | undefined {
  return row.submission ? (JSON.parse(row.submission) as SignatureSubmission) : undefined;
}

/** The deliberation a row was recorded from, if any. */
export function deliberationOf(row: SignatureRow): Deliberation | undefined {
  return row.deliberation ? (JSON.parse(row.deliberation) as Deliberation) : undefined;
}

/** The stored signature as the model describes it (only while personal data is kept). */
export function signatureOf(row: SignatureRow): Signature | undefined {
  const submission = submissionOf(row);
  if (!submission) return undefined;
  return omitNull({
    ...submission,
    id: row.id,
    manifestoHash: row.manifesto_hash,
    deliberation: deliberationOf(row),
    status: row.status as Signature['status'],
    createdAt: row.created_at,
    confirmedAt: row.confirmed_at,
    publishedAt: row.published_at,
    rejectedAt: row.rejected_at,
    withdrawnAt: row.withdrawn_at,
    expiredAt: row.expired_at,
  } as Signature);
}

/**
 * What the public may see of a published row: the model's one projection while the submission is
 * kept, else (after anonymisation) the institutional facts alone; with the version of the text
 * it signed when the manifesto (`manifesto`, its definition) still knows that hash.
 */
export function publicSignatoryOf(row: SignatureRow, manifesto?: Manifesto): PublicSignatory {
  const manifestoVersion = versionOfHash(manifesto, row.manifesto_hash);
  const signature = signatureOf(row);
  if (signature) return toPublicSignatory(signature, { manifestoVersion });
  return omitNull({
    id: row.id,
    kind: row.kind as PublicSignatory['kind'],
    name: row.entity_name ?? undefined,
    collectivityType: (row.collectivity_type ?? undefined) as PublicSignatory['collectivityType'],
    siren: row.siren ?? undefined,
    inseeCode: row.insee_code ?? undefined,
    departementCode: row.departement_code ?? undefined,
    regionCode: row.region_code ?? undefined,
    population: row.population ?? undefined,
    commitments: JSON.parse(row.commitments) as string[],
    publishedAt: row.published_at ?? row.created_at,
    manifestoHash: row.manifesto_hash,
    manifestoVersion,
    deliberation: deliberationOf(row),
  });
}

/** The open-data columns of the moderators' export (no e-mail, no phone, no unconsented name). */
export const OPEN_DATA_COLUMNS = [
  'id',
  'kind',
  'name',
  'collectivityType',
  'siren',
  'inseeCode',
  'departementCode',
  'regionCode',
  'population',
  'platformSlug',
  'status',
  'createdAt',
  'confirmedAt',
  'publishedAt',
  'withdrawnAt',
] as const;
export type OpenDataRecord = Record<(typeof OPEN_DATA_COLUMNS)[number], string | number | null>;

export function openDataRecordOf(row: SignatureRow): OpenDataRecord {
  const submission = submissionOf(row);
  let name = row.entity_name;
  if (
    row.kind === 'individual' &&
    submission?.signatory.kind === 'individual' &&
    submission.consents.publicDisplay
  ) {
    name = `${submission.signatory.individual.givenName} ${submission.signatory.individual.familyName}`;
  }
  return {
    id: row.id,
    kind: row.kind,
    name,
    collectivityType: row.collectivity_type,
    siren: row.siren,
    inseeCode: row.insee_code,
    departementCode: row.departement_code,
    regionCode: row.region_code,
    population: row.population,
    platformSlug: row.platform_slug,
    status: row.status,
    createdAt: row.created_at,
    confirmedAt: row.confirmed_at,
    publishedAt: row.published_at,
    withdrawnAt: row.withdrawn_at,
  };
}

/** Personal data removed; what counters' history needs (kind, place, dates, status) stays. */
export function erasedPatch(now: string, keepInstitution: boolean) {
  return {
    submission: null,
    search_text: null,
    signature_key: null,
    erased_at: now,
    ...(keepInstitution
      ? {}
      : { entity_name: null, siren: null, insee_code: null, platform_slug: null }),
  };
}
