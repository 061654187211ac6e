import {
  apiPath,
  DATA_PACKAGE_PATH,
  type Manifesto,
  OPEN_DATA_CSV_PATH,
  OPEN_DATA_JSON_PATH,
} from '@plateformcoop/model';
import type { OpenDataLicense } from '../config/open-data-license.js';
import { PUBLIC_DATA_FIELDS, type TableField } from './public-data.js';

/** The Table Schema of the signatories' table (https://specs.frictionlessdata.io/table-schema/). */
export interface TableSchema {
  fields: readonly TableField[];
  primaryKey: string;
  missingValues: readonly string[];
}

export const SIGNATORIES_TABLE_SCHEMA: TableSchema = {
  fields: PUBLIC_DATA_FIELDS,
  primaryKey: 'id',
  // An empty cell is a missing value: a field the signatory has not (a commune has no website).
  missingValues: [''],
};

/** The last segment of a path: the resources are the descriptor's siblings. */
const sibling = (path: string) => path.split('/').pop()!;

/**
 * The manifesto's open data as a Frictionless Data Package (tabular): the CSV and JSON files of
 * its published signatories, both described by one Table Schema in French, under the licence
 * the registry is configured with. Resource paths are relative to the descriptor, so that it
 * holds behind a proxy that serves the registry under a path.
 */
export function dataPackage(input: {
  manifesto: Manifesto;
  publicUrl: string;
  campaign: string;
  license: OpenDataLicense;
}) {
  const { manifesto, publicUrl, license } = input;
  const title = manifesto.texts.fr.title;
  const id = { id: manifesto.id };
  return {
    profile: 'tabular-data-package',
    name: `${manifesto.id}-signataires`,
    id: `${publicUrl}${apiPath(DATA_PACKAGE_PATH, id)}`,
    title: `Signataires du manifeste « ${title} »`,
    description: `Les signatures publiées du manifeste « ${title} » (version ${manifesto.version}), tenues par le registre ${input.campaign} : collectivités, plateformes coopératives, organisations et citoyens. Seules les signatures publiées y figurent, dans leur forme publique : ni e-mail, ni téléphone, ni nom de la personne qui a signé pour une collectivité ou une organisation ; le nom d’un citoyen ou d’une citoyenne seulement avec son accord. Une signature retirée en disparaît.`,
    homepage: publicUrl,
    keywords: ['plateformcoop', 'manifeste', 'collectivités', 'économie sociale et solidaire'],
    licenses: [license],
    sources: [{ title: `Registre ${input.campaign}`, path: publicUrl }],
    resources: [
      {
        name: 'signataires',
        title: 'Signataires (CSV)',
        path: sibling(apiPath(OPEN_DATA_CSV_PATH, id)),
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', quoteChar: '"', doubleQuote: true, header: true },
        schema: SIGNATORIES_TABLE_SCHEMA,
      },
      {
        name: 'signataires-json',
        title: 'Signataires (JSON)',
        path: sibling(apiPath(OPEN_DATA_JSON_PATH, id)),
        profile: 'tabular-data-resource',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        schema: SIGNATORIES_TABLE_SCHEMA,
      },
    ],
  };
}
