import { describe, expect, it } from 'vitest';
import { decodeExportRequest, sheetSizeMm } from '@wangge/geodata';
import { exportFileName, printPageQuery, sheetSizePx } from './print-options.ts';

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
  it('pass the screen to the print page under the names it reads', () => {
    const r = decodeExportRequest({ week: '2026-11-20', format: 'png', grid: 'G1', frame: 'view', bbox: '100,30,100.01,30.01', problemStatus: 'assigned', problemOverdue: '1', problemUnit: 'U2' });
    if (!r.ok) throw new Error(r.message);
    expect(Object.fromEntries(new URLSearchParams(printPageQuery(r.value)))).toEqual({
      week: '2026-11-20',
      kind: 'status',
      paper: 'A4',
      orientation: 'landscape',
      lang: 'zh',
      grid: 'G1',
      frame: 'view',
      bbox: '100,30,100.01,30.01',
      problemStatus: 'assigned',
      problemUnit: 'U2',
      problemOverdue: '1',
    });
  });

  it('carry the request to the print page and name the download after it', () => {
    const r = decodeExportRequest({ week: '2026-11-20', paper: 'A3', format: 'pdf', allCommunities: '1', title: '周例会', layers: 'problems' });
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
