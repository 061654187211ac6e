import { z } from 'zod';
import {
  OPEN_DATA_COLUMNS,
  type OpenDataRecord as OpenDataRecordType,
  openDataRecordOf,
} from '../signatures/signature-row.js';
import type { SignatureStore } from '../store/signature-store.js';
import { csvLine } from './csv.js';

/** One signature's open-data columns (no e-mail, no phone, no unconsented name). */
const cell = z.union([z.string(), z.number(), z.null()]);
export const OpenDataRecord = z
  .object(
    Object.fromEntries(OPEN_DATA_COLUMNS.map((column) => [column, cell])) as {
      [column in (typeof OPEN_DATA_COLUMNS)[number]]: typeof cell;
    },
  )
  .meta({ id: 'OpenDataRecord' });

/**
 * Every signature (of one manifesto, when `manifestoId` is given) as open-data records (no
 * e-mail, no phone, no unconsented name), oldest first.
 */
export async function openDataRecords(
  signatures: SignatureStore,
  manifestoId?: string,
): Promise<OpenDataRecordType[]> {
  const records: OpenDataRecordType[] = [];
  for await (const row of signatures.all())
    if (!manifestoId || row.manifesto_id === manifestoId) records.push(openDataRecordOf(row));
  return records;
}

/** The same records as CSV (with a BOM for spreadsheets, formula-safe cells). */
export async function openDataCsv(
  signatures: SignatureStore,
  manifestoId?: string,
): Promise<string> {
  let csv = `\uFEFF${csvLine(OPEN_DATA_COLUMNS)}`;
  for await (const row of signatures.all()) {
    if (manifestoId && row.manifesto_id !== manifestoId) continue;
    const record = openDataRecordOf(row);
    csv += csvLine(OPEN_DATA_COLUMNS.map((column) => record[column]));
  }
  return csv;
}
