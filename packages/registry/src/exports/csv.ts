import { startsLikeFormula } from '@plateformcoop/signature';

/**
 * One CSV cell (RFC 4180), safe to open in a spreadsheet: a cell the signature core says reads
 * as a formula (`startsLikeFormula`), or that starts with a tab or carriage return (which some
 * spreadsheets strip before reading a formula), is prefixed with an apostrophe.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && (startsLikeFormula(text) || /^[\t\r]/.test(text)))
    text = `'${text}`;
  return /[",\r\n']/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
