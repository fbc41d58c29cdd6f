import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { Cell } from './csv.ts';

/** Rows sent to the worker per message: each copy is a few milliseconds of the API's time. */
const ROWS_PER_MESSAGE = 2000;

/**
 * One sheet, a bold frozen header row, columns sized to their text: the lists leaders take to
 * meetings, for Excel, WPS and LibreOffice. Built in a worker thread (xlsx-worker.mjs): exceljs
 * takes seconds for a large list, and on the API's own thread every other request would wait.
 */
export async function toXlsx(sheetName: string, header: string[], rows: Cell[][]): Promise<Uint8Array> {
  const worker = new Worker(new URL('./xlsx-worker.mjs', import.meta.url));
  try {
    const done = new Promise<Uint8Array>((resolve, reject) => {
      worker.once('message', (msg: { bytes?: ArrayBuffer; error?: string }) => (msg.bytes ? resolve(new Uint8Array(msg.bytes)) : reject(new Error(`xlsx: ${msg.error}`))));
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`xlsx worker stopped (${code})`)));
    });
    worker.postMessage({ header, sheetName });
    for (let i = 0; i < rows.length; i += ROWS_PER_MESSAGE) {
      worker.postMessage({ rows: rows.slice(i, i + ROWS_PER_MESSAGE) });
      await yieldToLoop();
    }
    worker.postMessage({ end: true });
    return await done;
  } finally {
    void worker.terminate();
  }
}
