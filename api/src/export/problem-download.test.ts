import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../clock.ts';
import { openSqliteStore } from '../db/sqlite-store.ts';
import type { Store } from '../db/store.ts';
import { addCounty, seedDataset } from '../seed/seed-dataset.ts';
import { FIRST_WEEK, NOW, demoPasswordHash, tinyCounty } from '../test/fixture.ts';
import { twinCounty } from '../test/two-counties.ts';
import { DOWNLOAD_THREAD_NICE } from './download-job.ts';
import { inDownloadThread } from './download-pool.ts';
import { PROBLEM_DOWNLOAD_HEADER, buildProblemFile, downloadProblems } from './problem-download.ts';
import { toXlsx } from './xlsx.ts';

const dir = mkdtempSync(join(tmpdir(), 'wangge-download-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The problems made here (the seeded counties have a few of their own, in other categories). */
const MINE = ['测试类别'];
/** This thread's nice value before any download thread started. */
const base = getPriority();
const ALL = { categories: MINE, limit: 100_000, offset: 0 };
const now = Date.parse(NOW);

/** Two counties in a database file (which a download thread can open), 1,200 problems in each. */
async function fileStore(): Promise<Store> {
  const store = openSqliteStore(join(dir, `two-${Math.random().toString(36).slice(2)}.db`));
  const clock = fixedClock(NOW);
  await seedDataset(store, 'tiny', tinyCounty, clock(), { historyWeeks: 0, demoPasswordHash, firstWeek: FIRST_WEEK });
  await store.tx((tx) => addCounty(tx, twinCounty, clock(), { historyWeeks: 0, demoPasswordHash, firstWeek: FIRST_WEEK, demoPrefix: 'b' }));
  const base = Date.parse('2026-11-20T08:00:00+08:00');
  for (const [county, prefix, lon] of [['999999', 'A', 100.015], ['999998', 'B', 100.115]] as const) {
    const rows = Array.from({ length: 1200 }, (_, i) => ({
      id: `${prefix}${String(i).padStart(5, '0')}`,
      countyId: county,
      lon,
      lat: 30.005,
      category: MINE[0],
      description: i % 7 === 0 ? `"引号", 逗号\n换行 ${i}` : `第 ${i} 条`,
      status: 'reported',
      createdAt: base + Math.floor(i / 10) * 60_000,
      updatedAt: base,
    }));
    for (let i = 0; i < rows.length; i += 400) await store.db.insert(store.t.problems).values(rows.slice(i, i + 400));
  }
  return store;
}

const scoped = (store: Store, countyId: string | undefined) => Object.assign(Object.create(store) as Store, { countyId });

async function sheetRows(bytes: Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book.worksheets[0].getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));
}

describe('a problem download made in a download thread', () => {
  it('is the same file as the one made on the API’s own thread, for the county asked for', async () => {
    const store = await fileStore();
    expect(store.source).toEqual({ dialect: 'sqlite', file: expect.stringMatching(/two-.*\.db$/) });
    const b = scoped(store, '999998');
    const threadCsv = new TextDecoder().decode(await downloadProblems(b, ALL, now, 'csv'));
    const hereCsv = new TextDecoder().decode(await buildProblemFile(b, ALL, now, 'csv', toXlsx));
    expect(threadCsv).toBe(hereCsv);
    // TextDecoder drops the byte-order mark
    expect(await downloadProblems(b, ALL, now, 'csv').then((u) => [...u.slice(0, 3)])).toEqual([0xef, 0xbb, 0xbf]);
    const lines = threadCsv.split('\r\n');
    expect(lines[0]).toBe(PROBLEM_DOWNLOAD_HEADER.join(','));
    const ids = lines.filter((l) => /^B\d{5},/.test(l)).map((l) => l.slice(0, 6));
    // the twin county's 1,200 and none of the first county's
    expect(ids).toHaveLength(1200);
    expect(threadCsv).not.toMatch(/^A\d{5},/m);
    // newest minute first, ids ascending within it
    expect(ids.slice(0, 11)).toEqual(['B01190', 'B01191', 'B01192', 'B01193', 'B01194', 'B01195', 'B01196', 'B01197', 'B01198', 'B01199', 'B01180']);

    const threadXlsx = await sheetRows(await downloadProblems(b, { ...ALL, limit: 700, offset: 5 }, now, 'xlsx'));
    const hereXlsx = await sheetRows(await buildProblemFile(b, { ...ALL, limit: 700, offset: 5 }, now, 'xlsx', toXlsx));
    expect(threadXlsx).toEqual(hereXlsx);
    expect(threadXlsx).toHaveLength(701);
    expect(threadXlsx[1][0]).toBe('B01195');
    await store.close();
  });

  it('reads every county for a deployment-wide request', async () => {
    const store = await fileStore();
    const csv = new TextDecoder().decode(await downloadProblems(scoped(store, undefined), ALL, now, 'csv'));
    expect(csv.match(/^A\d{5},/gm)).toHaveLength(1200);
    expect(csv.match(/^B\d{5},/gm)).toHaveLength(1200);
    await store.close();
  });

  it('fails with the reason when the database cannot be opened, and the next job is served', async () => {
    await expect(inDownloadThread({ source: { dialect: 'sqlite', file: join(dir, 'none.db') }, countyId: undefined, filter: ALL, now, format: 'csv' })).rejects.toThrow(/download: .*(unable to open|does not exist|none\.db)/i);
    const store = await fileStore();
    const csv = new TextDecoder().decode(await downloadProblems(scoped(store, '999999'), { ...ALL, limit: 3 }, now, 'csv'));
    expect(csv.match(/^A\d{5},/gm)).toEqual(['A01190,', 'A01191,', 'A01192,']);
    await store.close();
  });

  it.runIf(process.platform === 'linux')('runs at a lower priority than the API’s own thread', async () => {
    const store = await fileStore();
    await downloadProblems(scoped(store, undefined), { ...ALL, limit: 1 }, now, 'csv');
    const nice = readdirSync('/proc/self/task').map((task) => {
      const stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
    });
    expect(nice).toContain(Math.max(base, DOWNLOAD_THREAD_NICE));
    expect(getPriority()).toBe(base);
    await store.close();
  });
});
