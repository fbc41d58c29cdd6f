// Builds one .xlsx off the API's event loop (exceljs takes seconds for tens of thousands of rows).
// Plain JavaScript so that it runs in a worker thread however the API itself is run.
// Messages in: { header, sheetName }, then { rows } any number of times, then { end: true }.
// Message out: { bytes } (an ArrayBuffer) or { error }.
import { parentPort } from 'node:worker_threads';
import { writeWorkbook } from './xlsx-book.mjs';

let header = [];
let sheetName = 'Sheet1';
const rows = [];

parentPort.on('message', (msg) => {
  if (msg.header) {
    header = msg.header;
    sheetName = msg.sheetName;
  } else if (msg.rows) {
    for (const r of msg.rows) rows.push(r);
  } else if (msg.end) {
    writeWorkbook(sheetName, header, rows).then(
      (bytes) => parentPort.postMessage({ bytes }, [bytes]),
      (err) => parentPort.postMessage({ error: String(err?.message ?? err) }),
    );
  }
});
