import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from '@wangge/geodata';
import { HttpError, badRequest } from '../http/errors.ts';
import { parseCsv } from './csv-parse.ts';

/** What an .xlsx may unpack to: a zip of a few MB that inflates to gigabytes is refused before it is read. */
const MAX_UNPACKED_BYTES = 40_000_000;

export interface TableRow {
  /** the line of the file or the row of the sheet, from 1 (the header) */
  line: number;
  cells: string[];
}

export interface Table {
  header: string[];
  rows: TableRow[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const isZip = (b: Uint8Array) => ZIP_MAGIC.every((x, i) => b[i] === x);

/** An uploaded .xlsx (its first sheet) or .csv (UTF-8 or GB18030, as Excel saves it in China) as trimmed text cells. */
export async function readTable(name: string, bytes: Uint8Array): Promise<Table> {
  if (bytes.byteLength > IMPORT_MAX_BYTES) {
    throw new HttpError(413, 'too_large', `the file is ${bytes.byteLength} bytes; an import takes at most ${IMPORT_MAX_BYTES}`, { max: IMPORT_MAX_BYTES });
  }
  if (bytes.byteLength === 0) throw badRequest(`the file ${name} is empty`, 'bad_file', { file: name });
  if (/\.xls$/i.test(name)) throw badRequest(`${name} is an old Excel (.xls) file: save it as .xlsx or .csv`, 'bad_file', { file: name, reason: 'xls' });
  const lines = isZip(bytes) ? await xlsxLines(name, bytes) : csvLines(name, bytes);
  const [head, ...rest] = lines;
  if (!head || head.cells.every((c) => c === '')) throw badRequest(`the file ${name} has no header row`, 'bad_file', { file: name, reason: 'no_header' });
  const rows = rest.filter((r) => r.cells.some((c) => c !== ''));
  if (rows.length > IMPORT_MAX_ROWS) throw new HttpError(413, 'too_large', `the file has ${rows.length} rows; an import takes at most ${IMPORT_MAX_ROWS}`, { max: IMPORT_MAX_ROWS, rows: rows.length });
  return { header: head.cells, rows };
}

function csvLines(name: string, bytes: Uint8Array): TableRow[] {
  if (bytes.includes(0)) throw badRequest(`the file ${name} is neither an .xlsx nor a CSV text file`, 'bad_file', { file: name, reason: 'not_a_table' });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
  }
  return parseCsv(text.replace(/^\uFEFF/, '')).map((cells, i) => ({ line: i + 1, cells: cells.map(fromCsv) }));
}

/** A cell our CSV export guarded against formulas ('=…, '+…) is read back as written. */
const fromCsv = (s: string) => (/^'[=+\-@]/.test(s) ? s.slice(1) : s).trim();

/** The first sheet's non-empty rows as trimmed text, a zip that would unpack too far refused unread. */
export async function xlsxLines(name: string, bytes: Uint8Array): Promise<TableRow[]> {
  let unpacked = 0;
  try {
    unzipSync(bytes, {
      filter: (f) => {
        unpacked += f.originalSize;
        return false;
      },
    });
  } catch {
    throw badRequest(`the file ${name} is a damaged .xlsx (its zip cannot be read)`, 'bad_file', { file: name, reason: 'damaged' });
  }
  if (unpacked > MAX_UNPACKED_BYTES) throw new HttpError(413, 'too_large', `the file ${name} unpacks to ${unpacked} bytes; an import takes at most ${MAX_UNPACKED_BYTES}`, { max: MAX_UNPACKED_BYTES });
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw badRequest(`the file ${name} is not a readable .xlsx workbook`, 'bad_file', { file: name, reason: 'damaged' });
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw badRequest(`the workbook ${name} has no sheet`, 'bad_file', { file: name, reason: 'no_header' });
  const out: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const values = row.values as unknown[];
    out.push({ line, cells: values.slice(1).map((v) => cellText(v).trim()) });
  });
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as the text a person sees: a date cell as YYYY-MM-DD, a number as written, a formula as its result. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
  if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(0) : String(v);
  if (typeof v === 'string' || typeof v === 'boolean') return String(v);
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
    if (o.text !== undefined) return cellText(o.text);
    if ('result' in o) return cellText(o.result);
  }
  return '';
}
