import {
  apiPath,
  CERTIFICATE_PAGE_PATH,
  COLLECTIVITY_TYPES,
  ContentHash,
  DepartementCode,
  EPCI_TYPES,
  InseeCode,
  type Manifesto,
  ORGANIZATION_TYPES,
  RegionCode,
  SIGNATORY_KINDS,
  Siren,
} from '@plateformcoop/model';
import { z } from 'zod';
import { publicSignatoryOf } from '../signatures/signature-row.js';
import type { SignatureRow } from '../store/signature-store.js';
import { csvLine } from './csv.js';
import { deliberationOf, signedContentOf } from './signing-channel.js';

/** A Table Schema field type this table uses (https://specs.frictionlessdata.io/table-schema/). */
export type TableFieldType = 'string' | 'integer' | 'date' | 'datetime';

/** One field of the Table Schema, as published in the Data Package. */
export interface TableField {
  name: string;
  type: TableFieldType;
  format?: 'uri';
  title: string;
  /** In French, the language of the data's first reusers (data.gouv.fr). */
  description: string;
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: readonly string[];
    /** XML Schema form: anchored at both ends implicitly, no `(?:`. */
    pattern?: string;
    minimum?: number;
  };
}

/** A model's pattern in Table Schema's form: `^(?:\d{5}|2[AB]\d{3})$` → `(\d{5}|2[AB]\d{3})`. */
function patternOf(schema: z.core.$ZodType): string {
  const { pattern } = z.toJSONSchema(schema) as { pattern?: string };
  if (!pattern) throw new Error('the model’s schema has no pattern');
  return pattern.replace(/^\^/, '').replace(/\$$/, '').replace(/\(\?:/g, '(');
}

/** What one row of the open data is made of: the public projection and the signing's facts. */
type Source = {
  signatory: ReturnType<typeof publicSignatoryOf>;
  row: SignatureRow;
  manifesto: Manifesto;
  publicUrl: string;
};
type Cell = string | number | null;

/**
 * The columns of the public open data, in order: each with its Table Schema description and the
 * value it takes from a published signature. Only the public projection (`toPublicSignatory`)
 * feeds them: no e-mail, no phone, a person's name only with their consent, and no signer's name.
 */
const COLUMNS: readonly (TableField & { value: (s: Source) => Cell })[] = [
  {
    name: 'id',
    type: 'string',
    title: 'Identifiant',
    description:
      'Identifiant public de la signature : celui de la liste publique des signataires et de son certificat.',
    constraints: { required: true, unique: true },
    value: (s) => s.signatory.id,
  },
  {
    name: 'kind',
    type: 'string',
    title: 'Qualité du signataire',
    description:
      'collectivity (collectivité), platform (plateforme coopérative), organization (organisation, réseau, entreprise) ou individual (citoyen ou citoyenne).',
    constraints: { required: true, enum: SIGNATORY_KINDS },
    value: (s) => s.signatory.kind,
  },
  {
    name: 'name',
    type: 'string',
    title: 'Nom',
    description:
      'Nom de la collectivité, de la plateforme ou de l’organisation ; le nom d’une personne seulement si elle a consenti à sa publication (vide sinon).',
    value: (s) => s.signatory.name ?? null,
  },
  {
    name: 'collectivityType',
    type: 'string',
    title: 'Type de collectivité',
    description: 'Pour une collectivité : commune, epci, departement, region, etc.',
    constraints: { enum: COLLECTIVITY_TYPES },
    value: (s) => s.signatory.collectivityType ?? null,
  },
  {
    name: 'epciType',
    type: 'string',
    title: 'Type d’EPCI',
    description:
      'Pour un EPCI : cc (communauté de communes), ca (d’agglomération), cu (urbaine), metropole, metropole-de-lyon.',
    constraints: { enum: EPCI_TYPES },
    value: (s) => s.signatory.epciType ?? null,
  },
  {
    name: 'organizationType',
    type: 'string',
    title: 'Type d’organisation',
    description:
      'Pour une organisation : ess-network (réseau de l’ESS), association, company (entreprise) ou other.',
    constraints: { enum: ORGANIZATION_TYPES },
    value: (s) => s.signatory.organizationType ?? null,
  },
  {
    name: 'inseeCode',
    type: 'string',
    title: 'Code INSEE',
    description: 'Code officiel géographique (INSEE) de la collectivité.',
    constraints: { pattern: patternOf(InseeCode) },
    value: (s) => s.signatory.inseeCode ?? null,
  },
  {
    name: 'siren',
    type: 'string',
    title: 'SIREN',
    description:
      'Numéro SIREN (9 chiffres) de la collectivité, de la plateforme ou de l’organisation.',
    constraints: { pattern: patternOf(Siren) },
    value: (s) => s.signatory.siren ?? null,
  },
  {
    name: 'departementCode',
    type: 'string',
    title: 'Département',
    description:
      'Code INSEE du département : celui de la collectivité, ou celui du code postal qu’une personne a donné.',
    constraints: { pattern: patternOf(DepartementCode) },
    value: (s) => s.signatory.departementCode ?? s.row.departement_code ?? null,
  },
  {
    name: 'regionCode',
    type: 'string',
    title: 'Région',
    description: 'Code INSEE de la région.',
    constraints: { pattern: patternOf(RegionCode) },
    value: (s) => s.signatory.regionCode ?? s.row.region_code ?? null,
  },
  {
    name: 'population',
    type: 'integer',
    title: 'Population',
    description: 'Population municipale de la collectivité (recensement de l’INSEE).',
    constraints: { minimum: 0 },
    value: (s) => s.signatory.population ?? null,
  },
  {
    name: 'website',
    type: 'string',
    format: 'uri',
    title: 'Site web',
    description: 'Site web de la plateforme ou de l’organisation.',
    value: (s) => s.signatory.website ?? null,
  },
  {
    name: 'commitments',
    type: 'string',
    title: 'Engagements adoptés',
    description:
      'Identifiants des engagements du manifeste que le signataire a adoptés, séparés par une barre verticale (|).',
    value: (s) => s.signatory.commitments.join('|'),
  },
  {
    name: 'channel',
    type: 'string',
    title: 'Mode de signature',
    description:
      'online : signée en ligne et confirmée par e-mail ; offline : enregistrée par la campagne d’après une délibération.',
    constraints: { required: true, enum: ['online', 'offline'] },
    value: (s) => (deliberationOf(s.row) ? 'offline' : 'online'),
  },
  {
    name: 'deliberationDate',
    type: 'date',
    title: 'Date de la délibération',
    description: 'Pour une signature enregistrée d’après une délibération : la date du vote.',
    value: (s) => deliberationOf(s.row)?.date ?? null,
  },
  {
    name: 'deliberationReference',
    type: 'string',
    title: 'Référence de la délibération',
    description: 'Le numéro ou la référence de la délibération dans le registre de l’assemblée.',
    value: (s) => deliberationOf(s.row)?.reference ?? null,
  },
  {
    name: 'manifestoVersion',
    type: 'string',
    title: 'Version du manifeste',
    description:
      'Version du texte signé (vide quand le texte signé n’est plus celui que sert le registre).',
    value: (s) => signedContentOf(s.row, s.manifesto).version ?? null,
  },
  {
    name: 'manifestoContentHash',
    type: 'string',
    title: 'Empreinte du texte signé',
    description: 'Empreinte SHA-256 du contenu du manifeste signé (sha256:…).',
    constraints: { required: true, pattern: patternOf(ContentHash) },
    value: (s) => signedContentOf(s.row, s.manifesto).contentHash,
  },
  {
    name: 'signedAt',
    type: 'datetime',
    title: 'Date de signature',
    description:
      'Quand la signature a été faite : confirmée par son auteur, ou enregistrée par la campagne (UTC).',
    constraints: { required: true },
    value: (s) => s.row.confirmed_at ?? s.row.created_at,
  },
  {
    name: 'publishedAt',
    type: 'datetime',
    title: 'Date de publication',
    description: 'Quand la signature a été publiée dans la liste des signataires (UTC).',
    constraints: { required: true },
    value: (s) => s.signatory.publishedAt,
  },
  {
    name: 'certificateUrl',
    type: 'string',
    format: 'uri',
    title: 'Certificat',
    description: 'Adresse du certificat de la signature, qui donne son état à jour.',
    constraints: { required: true },
    value: (s) => `${s.publicUrl}${apiPath(CERTIFICATE_PAGE_PATH, { id: s.signatory.id })}`,
  },
];

/** The Table Schema's fields, in the columns' order. */
export const PUBLIC_DATA_FIELDS: readonly TableField[] = COLUMNS.map(
  ({ value: _value, ...field }) => field,
);

/** One published signature as a row of the public open data, keyed by field name. */
export type PublicDataRecord = Record<string, Cell>;

/** The JSON form's records: every field, `null` when empty. */
const cell = z.union([z.string(), z.number(), z.null()]);
export const PublicDataRecordSchema = z
  .object(Object.fromEntries(PUBLIC_DATA_FIELDS.map((field) => [field.name, cell])))
  .meta({ id: 'PublicDataRecord' });

/**
 * Published rows as open-data records, in their order (the store's `publishedRows`: oldest
 * publication first). A row of another status is left out, whoever passes it.
 */
export function publicDataRecords(
  rows: readonly SignatureRow[],
  manifesto: Manifesto,
  publicUrl: string,
): PublicDataRecord[] {
  return rows
    .filter((row) => row.status === 'published')
    .map((row) => {
      const source: Source = {
        signatory: publicSignatoryOf(row, manifesto),
        row,
        manifesto,
        publicUrl,
      };
      return Object.fromEntries(COLUMNS.map((column) => [column.name, column.value(source)]));
    });
}

/** The records as CSV: UTF-8 with a BOM for spreadsheets, formula-safe cells (the moderators' `csvLine`). */
export function publicDataCsv(records: readonly PublicDataRecord[]): string {
  let csv = `\uFEFF${csvLine(PUBLIC_DATA_FIELDS.map((field) => field.name))}`;
  for (const record of records)
    csv += csvLine(PUBLIC_DATA_FIELDS.map((field) => record[field.name]));
  return csv;
}
