import { parse } from 'csv-parse/sync';

/**
 * A checker of a CSV file against a Frictionless Table Schema (v1,
 * https://specs.frictionlessdata.io/table-schema/), for the types and constraints the registry's
 * open data uses. npm's `tableschema` (frictionlessdata/tableschema-js) is no longer maintained,
 * so the tests check with this: the header against the fields, each cell's type in its default
 * format, `required`, `unique`, `enum`, `pattern` (anchored at both ends, as XML Schema
 * patterns are), `minimum`, and the primary key. Every problem is reported, not the first only.
 */

interface Field {
  name: string;
  type: string;
  format?: string;
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: readonly string[];
    pattern?: string;
    minimum?: number;
  };
}
export interface CheckedSchema {
  fields: readonly Field[];
  primaryKey?: string | readonly string[];
  missingValues?: readonly string[];
}

const isCalendarDate = (year: number, month: number, day: number) => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
};

/** The cell read as its field's type in the type's default format, or why it cannot be. */
function typeProblem(field: Field, value: string): string | undefined {
  switch (field.type) {
    case 'string':
      if (field.format === 'uri') {
        try {
          const url = new URL(value);
          if (!/^https?:$/.test(url.protocol)) return 'is not an http(s) URI';
        } catch {
          return 'is not a URI';
        }
      }
      return undefined;
    case 'integer':
      return /^[+-]?\d+$/.test(value) ? undefined : 'is not an integer';
    case 'number':
      return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$|^(NaN|INF|-INF)$/.test(value)
        ? undefined
        : 'is not a number';
    case 'date': {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      return m && isCalendarDate(+m[1]!, +m[2]!, +m[3]!) ? undefined : 'is not a date (YYYY-MM-DD)';
    }
    case 'datetime': {
      // The default format: ISO 8601 in UTC, `YYYY-MM-DDThh:mm:ssZ`.
      const m = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)Z$/.exec(value);
      return m && isCalendarDate(+m[1]!, +m[2]!, +m[3]!)
        ? undefined
        : 'is not a datetime (YYYY-MM-DDThh:mm:ssZ)';
    }
    case 'boolean':
      return ['true', 'false', 'True', 'False', 'TRUE', 'FALSE', '1', '0'].includes(value)
        ? undefined
        : 'is not a boolean';
    default:
      return `has a type this checker does not know (${field.type})`;
  }
}

/** The problems of `csv` against `schema`, as `row N, field: problem` (row 1 is the header). */
export function checkCsvAgainstTableSchema(csv: string, schema: CheckedSchema): string[] {
  const problems: string[] = [];
  const rows = parse(csv, { bom: true, relax_column_count: true }) as string[][];
  const [header = [], ...records] = rows;
  const names = schema.fields.map((f) => f.name);
  if (JSON.stringify(header) !== JSON.stringify(names))
    problems.push(
      `row 1: header ${JSON.stringify(header)} is not the fields ${JSON.stringify(names)}`,
    );
  const missing = new Set(schema.missingValues ?? ['']);
  const seen = new Map<string, Set<string>>();
  const primaryKey =
    typeof schema.primaryKey === 'string' ? [schema.primaryKey] : [...(schema.primaryKey ?? [])];
  records.forEach((record, index) => {
    const at = `row ${index + 2}`;
    if (record.length !== names.length)
      problems.push(`${at}: ${record.length} cells for ${names.length} fields`);
    schema.fields.forEach((field, column) => {
      const raw = record[column] ?? '';
      const where = `${at}, ${field.name}`;
      const c = field.constraints ?? {};
      const isKey = primaryKey.includes(field.name);
      if (missing.has(raw)) {
        if (c.required || isKey) problems.push(`${where}: is required`);
        return;
      }
      const wrongType = typeProblem(field, raw);
      if (wrongType) {
        problems.push(`${where}: "${raw}" ${wrongType}`);
        return;
      }
      if (c.enum && !c.enum.includes(raw)) problems.push(`${where}: "${raw}" is not in the enum`);
      if (c.pattern && !new RegExp(`^(?:${c.pattern})$`, 'u').test(raw))
        problems.push(`${where}: "${raw}" does not match ${c.pattern}`);
      if (c.minimum !== undefined && Number(raw) < c.minimum)
        problems.push(`${where}: ${raw} is below ${c.minimum}`);
      if (c.unique || (isKey && primaryKey.length === 1)) {
        const values = seen.get(field.name) ?? new Set();
        if (values.has(raw)) problems.push(`${where}: "${raw}" is not unique`);
        values.add(raw);
        seen.set(field.name, values);
      }
    });
  });
  return problems;
}
