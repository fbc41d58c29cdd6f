// One sheet as .xlsx bytes: a bold frozen header row, columns sized to their text. Plain
// JavaScript so that the xlsx worker (xlsx-worker.mjs) runs however the API itself is run;
// the download thread (download-thread.ts) writes its files with it too.

/** Characters Excel refuses in a sheet name, and its length limit. */
const SHEET_NAME_BAD = /[\\/?*[\]:]/g;
const SHEET_NAME_MAX = 31;
const WIDE = /[^\x00-\xff]/;

/** A column wide enough for its header and longest text; Chinese characters are about two wide. */
function columnWidths(header, rows) {
  return header.map((h, x) => {
    let longest = h.length * 2;
    for (const r of rows) {
      const s = String(r[x] ?? '');
      longest = Math.max(longest, s.length * (WIDE.test(s) ? 2 : 1));
    }
    return Math.min(60, longest + 2);
  });
}

/** The workbook's bytes, in an ArrayBuffer of their own (so it can be moved to another thread). */
export async function writeWorkbook(sheetName, header, rows) {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName.replace(SHEET_NAME_BAD, '_').slice(0, SHEET_NAME_MAX) || 'Sheet1', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columnWidths(header, rows).map((width) => ({ width }));
  sheet.addRow(header).font = { bold: true };
  sheet.addRows(rows);
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer).slice().buffer;
}
