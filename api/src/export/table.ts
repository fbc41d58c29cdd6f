import type { Context } from 'hono';
import { badRequest } from '../http/errors.ts';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { csvCell, type Cell } from './csv.ts';
import { toXlsx } from './xlsx.ts';

/** Answers JSON, or the same table as CSV / Excel when ?format= asks for it. */
export async function table(c: Context, format: string | undefined, name: string, header: string[], rows: Cell[][], json: () => Response) {
  if (format === undefined || format === '' || format === 'json') return json();
  if (format === 'csv') return fileResponse(c, 'csv', name, await csvInSlices(header, rows));
  if (format === 'xlsx') return fileResponse(c, 'xlsx', name, await toXlsx(name, header, rows));
  throw badRequest(`format "${format}" must be json, csv or xlsx`, 'bad_query');
}

const FILE_TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/** A table file as a download named `name`.csv or `name`.xlsx. */
export function fileResponse(c: Context, format: 'csv' | 'xlsx', name: string, body: string | Uint8Array) {
  return c.body(body as string | Uint8Array<ArrayBuffer>, 200, { 'content-type': FILE_TYPES[format], 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}.${format}` });
}


const ROWS_PER_SLICE = 2000;

/** The same text as toCsv, written a slice of rows at a time so other requests are served in between. */
async function csvInSlices(header: string[], rows: Cell[][]): Promise<string> {
  const parts = ['\uFEFF' + header.map(csvCell).join(',') + '\r\n'];
  for (let i = 0; i < rows.length; i += ROWS_PER_SLICE) {
    parts.push(rows.slice(i, i + ROWS_PER_SLICE).map((r) => r.map(csvCell).join(',') + '\r\n').join(''));
    await yieldToLoop();
  }
  return parts.join('');
}
