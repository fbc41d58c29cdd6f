import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { ProblemStatus } from '@wangge/geodata';
import type { Q, Store } from '../db/store.ts';
import { listProblems, type ListCursor, type ProblemFilter } from '../services/problems.ts';
import { csvCell, type Cell } from './csv.ts';
import { PROBLEM_STATUS_ZH, shanghaiTime } from './labels.ts';
import { inDownloadThread } from './download-pool.ts';
import { writeWorkbook } from './xlsx-book.mjs';
import { toXlsx } from './xlsx.ts';

/** Rows read at a time: on the API's own thread, one page is the longest other requests wait. */
export const DOWNLOAD_PAGE = 500;

/** The downloaded file's sheet (and file) name. */
export const PROBLEM_DOWNLOAD_NAME = '问题清单';

export const PROBLEM_DOWNLOAD_HEADER = ['编号', '类别', '描述', '状态', '网格编码', '牵头单位', '责任人', '责任人电话', '经度', '纬度', '上报时间', '整改期限', '是否超期'];

type ListedProblem = Awaited<ReturnType<typeof listProblems>>['rows'][number];

/** One row of the problem list as the downloaded table has it. */
export function problemCells({ p, props }: ListedProblem): Cell[] {
  return [
    p.id,
    p.category,
    p.description,
    PROBLEM_STATUS_ZH[p.status as ProblemStatus] ?? p.status,
    props.gridCode,
    props.ownerUnitName,
    p.ownerPerson,
    p.ownerPhone,
    p.lon,
    p.lat,
    shanghaiTime(props.createdAt),
    shanghaiTime(props.dueAt),
    props.overdue ? '超期' : '',
  ];
}

/**
 * The download's rows, a page at a time in list order (newest first, then by id), from `filter.offset`
 * up to `filter.limit` rows. Each page starts after the last row of the one before, so no rows are
 * skipped again; nothing is counted. Between pages the caller's other work goes on.
 */
export async function* problemPages(q: Q, filter: ProblemFilter, now: number): AsyncGenerator<Cell[][]> {
  let read = 0;
  let after: ListCursor | undefined;
  while (read < filter.limit) {
    const { rows } = await listProblems(q, { ...filter, limit: Math.min(DOWNLOAD_PAGE, filter.limit - read) }, now, { after, total: false });
    read += rows.length;
    if (rows.length) yield rows.map(problemCells);
    if (rows.length < DOWNLOAD_PAGE) return;
    const last = rows[rows.length - 1]!.p;
    after = { createdAt: last.createdAt, id: last.id };
    await yieldToLoop();
  }
}

const csvLine = (cells: Cell[]) => cells.map(csvCell).join(',') + '\r\n';

/**
 * The problem list as a CSV (UTF-8 with a BOM) or .xlsx file. `writeXlsx` writes the sheet: in a
 * download thread on the spot, on the API's own thread in the xlsx worker.
 */
export async function buildProblemFile(
  q: Q,
  filter: ProblemFilter,
  now: number,
  format: 'csv' | 'xlsx',
  writeXlsx: (name: string, header: string[], rows: Cell[][]) => Promise<Uint8Array> = async (name, header, rows) => new Uint8Array(await writeWorkbook(name, header, rows)),
): Promise<Uint8Array> {
  if (format === 'csv') {
    const parts = ['\uFEFF' + csvLine(PROBLEM_DOWNLOAD_HEADER)];
    for await (const page of problemPages(q, filter, now)) parts.push(page.map(csvLine).join(''));
    return new TextEncoder().encode(parts.join(''));
  }
  const rows: Cell[][] = [];
  for await (const page of problemPages(q, filter, now)) for (const r of page) rows.push(r);
  return writeXlsx(PROBLEM_DOWNLOAD_NAME, PROBLEM_DOWNLOAD_HEADER, rows);
}

/**
 * The problem list download for a request: read and written in a download thread from a connection
 * of its own when the database can be opened twice, else (a private in-memory database) here, a
 * page at a time between other requests, the sheet written in the xlsx worker.
 */
export function downloadProblems(store: Pick<Store, 'source'> & Q, filter: ProblemFilter, now: number, format: 'csv' | 'xlsx'): Promise<Uint8Array> {
  if (store.source) return inDownloadThread({ source: store.source, countyId: store.countyId, filter, now, format });
  return buildProblemFile(store, filter, now, format, toXlsx);
}
