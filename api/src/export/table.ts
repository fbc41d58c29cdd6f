import type { Context } from 'hono';
import { badRequest } from '../http/errors.ts';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { csvCell, type Cell } from './csv.ts';
import { toXlsx } from './xlsx.ts';

/** Answers JSON, or the same table as CSV / Excel when ?format= asks for it. */
export async function table(c: Context, format: string | undefined, name: string, header: string[], rows: Cell[][], json: () => Response) {
  if (format === undefined || format === '' || format === 'json') return json();
  const file = encodeURIComponent(name);
  if (format === 'csv') {
    return c.body(await csvInSlices(header, rows), 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename*=UTF-8''${file}.csv` });
  }
  if (format === 'xlsx') {
    return c.body((await toXlsx(name, header, rows)) as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename*=UTF-8''${file}.xlsx`,
    });
  }
  throw badRequest(`format "${format}" must be json, csv or xlsx`, 'bad_query');
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
