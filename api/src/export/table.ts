import type { Context } from 'hono';
import { badRequest } from '../http/errors.ts';
import { toCsv, type Cell } from './csv.ts';
import { toXlsx } from './xlsx.ts';

/** Answers JSON, or the same table as CSV / Excel when ?format= asks for it. */
export async function table(c: Context, format: string | undefined, name: string, header: string[], rows: Cell[][], json: () => Response) {
  if (format === undefined || format === '' || format === 'json') return json();
  const file = encodeURIComponent(name);
  if (format === 'csv') {
    return c.body(toCsv(header, rows), 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename*=UTF-8''${file}.csv` });
  }
  if (format === 'xlsx') {
    return c.body((await toXlsx(name, header, rows)) as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename*=UTF-8''${file}.xlsx`,
    });
  }
  throw badRequest(`format "${format}" must be json, csv or xlsx`, 'bad_query');
}

