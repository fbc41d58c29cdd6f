import { describe, expect, it } from 'vitest';
import { checkPrintRequest, exportFileName, printPageQuery, sheetSizeMm, sheetSizePx } from './print-options.ts';

describe('checkPrintRequest', () => {
  it('fills the defaults: status, A4 landscape, Chinese, the county', () => {
    const r = checkPrintRequest({ week: '2026-11-20', format: 'pdf' });
    expect(r).toEqual({
      ok: true,
      value: { week: '2026-11-20', kind: 'status', paper: 'A4', orientation: 'landscape', format: 'pdf', title: null, lang: 'zh', community: null, allCommunities: false, overlays: [] },
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
