import { describe, expect, it } from 'vitest';
import { sheetSizeMm } from '@wangge/geodata';
import { checkPrintRequest, exportFileName, printPageQuery, sheetSizePx } from './print-options.ts';

describe('checkPrintRequest', () => {
  it('fills the defaults: status, A4 landscape, Chinese, the county', () => {
    const r = checkPrintRequest({ week: '2026-11-20', format: 'pdf' });
    expect(r).toEqual({
      ok: true,
      value: {
        week: '2026-11-20',
        kind: 'status',
        paper: 'A4',
        orientation: 'landscape',
        format: 'pdf',
        title: null,
        lang: 'zh',
        community: null,
        allCommunities: false,
        overlays: [],
        grid: null,
        frame: 'town',
        bbox: null,
        problemFilter: { statuses: [], categories: [], from: null, to: null, grid: null, unit: null, owner: null, overdue: false },
      },
    });
  });

  it('accepts paper and format in either case, and refuses what it does not know', () => {
    expect(checkPrintRequest({ week: '2026-11-20', paper: 'a3', format: 'PNG' })).toMatchObject({ ok: true, value: { paper: 'A3', format: 'png' } });
    expect(checkPrintRequest({ week: '2026-11-20', paper: 'Letter', format: 'png' })).toMatchObject({ ok: false });
    expect(checkPrintRequest({ week: '2026-13-01', format: 'png' })).toMatchObject({ ok: false });
    expect(checkPrintRequest({ week: '2026-11-20', format: 'pdf', community: '../etc' })).toMatchObject({ ok: false });
    expect(checkPrintRequest({ week: '2026-11-20', format: 'pdf', community: 'chengzhong', allCommunities: true })).toMatchObject({ ok: false });
    expect(checkPrintRequest({ week: '2026-11-20', format: 'pdf', title: 'x'.repeat(121) })).toMatchObject({ ok: false });
    expect(checkPrintRequest({ week: '2026-11-20', format: 'pdf', layers: 'zones,problems' })).toMatchObject({ ok: true, value: { overlays: ['problems', 'zones'] } });
    expect(checkPrintRequest({ week: '2026-11-20', format: 'pdf', layers: 'roads' })).toMatchObject({ ok: false });
  });
});

describe('the screen carried into an export', () => {
  const base = { week: '2026-11-20', format: 'png' };

  it('reads the selection, the frame and the problem filter', () => {
    const r = checkPrintRequest({
      ...base,
      grid: 'G1',
      frame: 'view',
      bbox: '100,30,100.01,30.01',
      problemStatus: 'in_progress,reported',
      problemCategory: '环境卫生',
      problemFrom: '2026-11-01',
      problemTo: '2026-11-20',
      problemGrid: 'G2',
      problemUnit: 'U1',
      problemOverdue: true,
    });
    expect(r).toMatchObject({
      ok: true,
      value: {
        grid: 'G1',
        frame: 'view',
        bbox: [100, 30, 100.01, 30.01],
        // in workflow order, whatever order they came in
        problemFilter: { statuses: ['reported', 'in_progress'], categories: ['环境卫生'], from: '2026-11-01', to: '2026-11-20', grid: 'G2', unit: 'U1', overdue: true },
      },
    });
  });

  it('drops a box that frames nothing (frame town or grid)', () => {
    expect(checkPrintRequest({ ...base, grid: 'G1', frame: 'grid', bbox: '100,30,100.01,30.01' })).toMatchObject({ ok: true, value: { frame: 'grid', bbox: null } });
  });

  it('names what is wrong', () => {
    const cases: [Parameters<typeof checkPrintRequest>[0], string][] = [
      [{ ...base, frame: 'view' }, 'frame "view" needs bbox'],
      [{ ...base, frame: 'grid' }, 'frame "grid" needs the selected grid'],
      [{ ...base, frame: 'page' }, 'frame "page" is not one of town, view, grid'],
      [{ ...base, frame: 'view', bbox: '100.01,30,100,30.01' }, 'bbox "100.01,30,100,30.01" is not west,south,east,north'],
      [{ ...base, frame: 'view', bbox: '1,2,3' }, 'bbox "1,2,3"'],
      [{ ...base, format: 'pdf', allCommunities: true, grid: 'G1', frame: 'grid' }, 'frame "grid" needs a single sheet'],
      [{ ...base, grid: '../x' }, 'grid "../x" is not an id'],
      [{ ...base, problemStatus: 'reported,lost' }, 'problemStatus has unknown values: lost'],
      [{ ...base, problemCategory: '噪音' }, 'problemCategory has unknown values: 噪音'],
      [{ ...base, problemFrom: '2026-11-31' }, 'problemFrom "2026-11-31" is not a date'],
      [{ ...base, problemFrom: '2026-11-20', problemTo: '2026-11-01' }, 'problemFrom 2026-11-20 is after problemTo 2026-11-01'],
      [{ ...base, problemUnit: 'U 1' }, 'problemUnit "U 1" is not an id'],
    ];
    for (const [raw, message] of cases) {
      const r = checkPrintRequest(raw);
      expect(r.ok, message).toBe(false);
      if (!r.ok) expect(r.message).toContain(message);
    }
  });

  it('passes them to the print page under the names it reads (web/src/print/print-params.ts)', () => {
    const r = checkPrintRequest({ ...base, grid: 'G1', frame: 'view', bbox: '100,30,100.01,30.01', problemStatus: 'assigned', problemOverdue: true, problemUnit: 'U2' });
    if (!r.ok) throw new Error(r.message);
    expect(Object.fromEntries(new URLSearchParams(printPageQuery(r.value)))).toMatchObject({
      grid: 'G1',
      frame: 'view',
      bbox: '100,30,100.01,30.01',
      problemStatus: 'assigned',
      problemUnit: 'U2',
      problemOverdue: '1',
    });
  });
});

describe('sheet sizes', () => {
  it('are the ISO sizes in mm, and whole CSS pixels that hold them at 96 px per inch', () => {
    expect(sheetSizeMm('A3', 'landscape')).toEqual({ width: 420, height: 297 });
    expect(sheetSizeMm('A4', 'portrait')).toEqual({ width: 210, height: 297 });
    // 420 mm = 1587.4 px, 297 mm = 1122.5 px: rounded up, so 300 dpi (×3.125) gives ≥ 4961×3508
    expect(sheetSizePx('A3', 'landscape')).toEqual({ width: 1588, height: 1123 });
    expect(Math.round(1588 * 3.125)).toBeGreaterThanOrEqual(4961);
    expect(Math.round(1123 * 3.125)).toBeGreaterThanOrEqual(3508);
  });
});

describe('printPageQuery and exportFileName', () => {
  it('carry the request to the print page and name the download after it', () => {
    const r = checkPrintRequest({ week: '2026-11-20', paper: 'A3', format: 'pdf', allCommunities: true, title: '周例会', layers: 'problems' });
    if (!r.ok) throw new Error(r.message);
    expect(Object.fromEntries(new URLSearchParams(printPageQuery(r.value, 3.125)))).toEqual({
      week: '2026-11-20',
      kind: 'status',
      paper: 'A3',
      orientation: 'landscape',
      lang: 'zh',
      title: '周例会',
      layers: 'problems',
      community: 'all',
      dpr: '3.125',
    });
    expect(exportFileName(r.value)).toBe('报送情况_2026-11-20_all_A3.pdf');
  });
});
