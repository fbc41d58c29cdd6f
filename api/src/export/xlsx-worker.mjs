// Builds one .xlsx off the API's event loop (exceljs takes seconds for tens of thousands of rows).
// Plain JavaScript so that it runs in a worker thread however the API itself is run.
// Messages in: { header, sheetName }, then { rows } any number of times, then { end: true }.
// Message out: { bytes } (an ArrayBuffer) or { error }.
import { parentPort } from 'node:worker_threads';

/** Characters Excel refuses in a sheet name, and its length limit. */
const SHEET_NAME_BAD = /[\\/?*[\]:]/g;
const SHEET_NAME_MAX = 31;
const WIDE = /[^\x00-\xff]/;

let header = [];
let sheetName = 'Sheet1';
const rows = [];

/** A column wide enough for its header and longest text; Chinese characters are about two wide. */
function columnWidths() {
  return header.map((h, x) => {
    let longest = h.length * 2;
    for (const r of rows) {
      const s = String(r[x] ?? '');
      longest = Math.max(longest, s.length * (WIDE.test(s) ? 2 : 1));
    }
    return Math.min(60, longest + 2);
  });
}

async function build() {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName.replace(SHEET_NAME_BAD, '_').slice(0, SHEET_NAME_MAX) || 'Sheet1', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columnWidths().map((width) => ({ width }));
  sheet.addRow(header).font = { bold: true };
  sheet.addRows(rows);
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer).slice().buffer;
}

parentPort.on('message', (msg) => {
  if (msg.header) {
    header = msg.header;
    sheetName = msg.sheetName;
  } else if (msg.rows) {
    for (const r of msg.rows) rows.push(r);
  } else if (msg.end) {
    build().then(
      (bytes) => parentPort.postMessage({ bytes }, [bytes]),
      (err) => parentPort.postMessage({ error: String(err?.message ?? err) }),
    );
  }
});
