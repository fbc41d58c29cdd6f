import { fail, ok, type Decoded } from './decoded.ts';

/** What a list route answers: JSON, or the same table as a CSV or Excel download. */
export const TABLE_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

export function decodeTableFormat(value: string | undefined): Decoded<TableFormat> {
  if (value === undefined) return ok('json');
  return (TABLE_FORMATS as readonly string[]).includes(value) ? ok(value as TableFormat) : fail(`format "${value}" must be json, csv or xlsx`);
}

/** JSON is what a route answers anyway: only a download names its format. */
export function encodeTableFormat(format: TableFormat, q: URLSearchParams): void {
  if (format !== 'json') q.set('format', format);
}
