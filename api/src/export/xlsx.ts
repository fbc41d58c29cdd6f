import type { Cell } from './csv.ts';

/** Characters Excel refuses in a sheet name, and its length limit. */
const SHEET_NAME_BAD = /[\\/?*[\]:]/g;
const SHEET_NAME_MAX = 31;

/** A column wide enough for its header and longest text; Chinese characters are about two wide. */
function columnWidth(header: string, values: Cell[]): number {
  const longest = Math.max(header.length * 2, ...values.map((v) => String(v ?? '').length * (/[^\x00-\xff]/.test(String(v ?? '')) ? 2 : 1)));
  return Math.min(60, longest + 2);
}

/**
 * One sheet, a bold frozen header row, columns sized to their text: the lists leaders take to
 * meetings, for Excel, WPS and LibreOffice. exceljs is loaded on the first export, not when the
 * API starts (it takes about a second to load).
 */
export async function toXlsx(sheetName: string, header: string[], rows: Cell[][]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName.replace(SHEET_NAME_BAD, '_').slice(0, SHEET_NAME_MAX) || 'Sheet1', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((h, x) => ({ width: columnWidth(h, rows.map((r) => r[x])) }));
  sheet.addRow(header).font = { bold: true };
  sheet.addRows(rows);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
