import { describe, expect, it } from 'vitest';
import { NO_PROBLEM_FILTER } from './problem-filter.ts';
import { decodeExportRequest, decodePrintPageQuery, encodeExportRequest, encodePrintPageQuery, exportRequestFor, printPageFor, type ExportRequest, type PrintPageQuery } from './print-request.ts';

const PAGE_DEFAULTS: PrintPageQuery = {
  week: null,
  kind: 'status',
  paper: 'A4',
  orientation: 'landscape',
  title: null,
  lang: 'zh',
  community: null,
  pixelRatio: null,
  overlays: [],
  grid: null,
  frame: 'town',
  bbox: null,
  problemFilter: NO_PROBLEM_FILTER,
  round: null,
  preview: false,
};

const PAGE: PrintPageQuery = {
  week: '2026-11-13',
  kind: 'problems',
  paper: 'A3',
  orientation: 'portrait',
  title: '第 46 周 问题 & 整改',
  lang: 'en',
  community: 'c-2',
  pixelRatio: 3.125,
  overlays: ['problems', 'zones'],
  grid: 'g-12',
  frame: 'grid',
  bbox: null,
  problemFilter: { statuses: ['reported'], categories: ['小广告/乱张贴', '其他'], from: null, to: '2026-11-13', grid: null, unit: 'u-1', owner: 'u-2', overdue: true },
  round: null,
  preview: true,
};

const EXPORT: ExportRequest = {
  week: '2026-11-20',
  kind: 'coverage',
  paper: 'A3',
  orientation: 'landscape',
  format: 'png',
  title: '周例会',
  lang: 'zh',
  community: null,
  allCommunities: false,
  overlays: ['zones'],
  grid: 'G1',
  frame: 'view',
  bbox: [100, 30, 100.01, 30.01],
  problemFilter: { ...NO_PROBLEM_FILTER, statuses: ['assigned'], unit: 'U2', overdue: true },
  round: null,
};

const bad = (message: string, code = 'bad_query') => ({ ok: false, code, message });

describe('the print page query', () => {
  it('reads back what it writes: a full set, the defaults, a view and one sheet per community', () => {
    const view: PrintPageQuery = { ...PAGE_DEFAULTS, frame: 'view', bbox: [105.61234, 27.10001, 105.65, 27.2] };
    const all: PrintPageQuery = { ...PAGE_DEFAULTS, week: '2026-11-20', community: 'all', pixelRatio: 1 };
    for (const p of [PAGE, PAGE_DEFAULTS, view, all]) expect(decodePrintPageQuery(encodePrintPageQuery(p))).toEqual({ ok: true, value: p });
    expect(decodePrintPageQuery(new URLSearchParams())).toEqual({ ok: true, value: PAGE_DEFAULTS });
  });

  it('reads back an assessment sheet with its round, and carries the round to the export and back', () => {
    const scores: PrintPageQuery = { ...PAGE_DEFAULTS, kind: 'assessment', round: 'ARMIF3K2A1B2C3D4', title: '第二轮 模拟测评得分图' };
    const q = encodePrintPageQuery(scores);
    expect(q.get('kind')).toBe('assessment');
    expect(q.get('round')).toBe('ARMIF3K2A1B2C3D4');
    expect(decodePrintPageQuery(q)).toEqual({ ok: true, value: scores });
    const exported: ExportRequest = { ...EXPORT, kind: 'assessment', round: 'AR-1', format: 'pdf' };
    expect(decodeExportRequest(encodeExportRequest(exported))).toEqual({ ok: true, value: exported });
    expect(exportRequestFor({ ...printPageFor(exported), week: exported.week }, 'pdf')).toEqual(exported);
  });

  it('needs a round for the assessment kind, and drops one any other kind would not draw', () => {
    expect(decodePrintPageQuery(new URLSearchParams('kind=assessment'))).toEqual(bad('kind "assessment" needs the round whose scores it draws (round=<round id>)'));
    expect(decodeExportRequest(new URLSearchParams('week=2026-11-20&format=pdf&kind=assessment'))).toEqual(bad('kind "assessment" needs the round whose scores it draws (round=<round id>)'));
    expect(decodePrintPageQuery(new URLSearchParams('kind=assessment&round=../r1'))).toEqual(bad('round "../r1" is not an id'));
    expect(decodePrintPageQuery(new URLSearchParams('kind=status&round=AR1'))).toMatchObject({ ok: true, value: { kind: 'status', round: null } });
  });

  it('drops a box that frames nothing', () => {
    expect(decodePrintPageQuery(new URLSearchParams('frame=grid&grid=G1&bbox=100,30,100.01,30.01'))).toMatchObject({ ok: true, value: { frame: 'grid', bbox: null } });
  });

  it('names what is wrong', () => {
    const cases: [string, string][] = [
      ['paper=A5', 'paper "A5" is not one of A4, A3 (paper sizes: A4 297×210 mm, A3 420×297 mm)'],
      ['lang=fr', 'lang "fr" is not one of zh, en'],
      ['dpr=40', 'dpr "40" must be a number from 1 to 6'],
      ['dpr=x', 'dpr "x" must be a number from 1 to 6'],
      ['layers=roads', 'layers has unknown values: roads (allowed: problems, zones)'],
      ['community=%3Cscript%3E', 'community "<script>" is not a community id'],
      ['frame=view', 'frame "view" needs bbox=west,south,east,north'],
      ['frame=grid', 'frame "grid" needs the selected grid (grid=<id>)'],
      ['problemFrom=yesterday', 'problemFrom "yesterday" is not a date (YYYY-MM-DD)'],
    ];
    for (const [q, message] of cases) expect(decodePrintPageQuery(new URLSearchParams(q)), q).toEqual(bad(message));
    expect(decodePrintPageQuery(new URLSearchParams('week=2026-11-19'))).toEqual(bad('week "2026-11-19" is a Thursday; weeks are named by their Friday', 'bad_week'));
  });
});

describe('the /api/export request', () => {
  it('reads back what it writes', () => {
    const all: ExportRequest = { ...EXPORT, format: 'pdf', allCommunities: true, grid: null, frame: 'town', bbox: null };
    const one: ExportRequest = { ...EXPORT, community: 'C1', frame: 'town', bbox: null, problemFilter: NO_PROBLEM_FILTER };
    for (const r of [EXPORT, all, one]) expect(decodeExportRequest(encodeExportRequest(r))).toEqual({ ok: true, value: r });
  });

  it('fills the defaults, takes paper and format in either case, and a format the CLI found in the file name', () => {
    expect(decodeExportRequest({ week: '2026-11-20', format: 'pdf' })).toEqual({
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
        problemFilter: NO_PROBLEM_FILTER,
        round: null,
      },
    });
    expect(decodeExportRequest({ week: '2026-11-20', paper: 'a3', format: 'PNG' })).toMatchObject({ ok: true, value: { paper: 'A3', format: 'png' } });
    expect(decodeExportRequest({ week: '2026-11-20' }, { format: 'pdf' })).toMatchObject({ ok: true, value: { format: 'pdf' } });
  });

  it('names what is wrong', () => {
    const base = 'week=2026-11-20&format=png';
    const cases: [string, string][] = [
      ['week=2026-11-20', 'format is required (png, pdf)'],
      ['week=2026-11-20&format=gif', 'format "gif" is not one of png, pdf'],
      [`${base}&kind=heat`, 'kind "heat" is not one of status, coverage, problems, assessment'],
      [`${base}&orientation=upside`, 'orientation "upside" is not one of landscape, portrait'],
      [`${base}&allCommunities=1`, 'all communities make one page each: that needs --format pdf (a PNG is one sheet)'],
      ['week=2026-11-20&format=pdf&allCommunities=1&community=C1', 'choose either one community or all communities'],
      ['week=2026-11-20&format=pdf&allCommunities=1&grid=G1&frame=grid', 'all communities frame each page on its community: frame "grid" needs a single sheet'],
      [`${base}&title=${'x'.repeat(121)}`, 'title is longer than 120 characters'],
      [`${base}&grid=../x`, 'grid "../x" is not an id'],
      [`${base}&frame=page`, 'frame "page" is not one of town, view, grid'],
      [`${base}&frame=view&bbox=100,30,99,31`, 'bbox "100,30,99,31" is not west,south,east,north in degrees (west < east, south < north)'],
      [`${base}&problemStatus=reported,lost`, 'problemStatus has unknown values: lost (allowed: reported, assigned, in_progress, fixed, verified)'],
      [`${base}&problemFrom=2026-11-20&problemTo=2026-11-01`, 'problemFrom 2026-11-20 is after problemTo 2026-11-01'],
    ];
    for (const [q, message] of cases) expect(decodeExportRequest(new URLSearchParams(q)), q).toEqual(bad(message));
    expect(decodeExportRequest(new URLSearchParams('week=2026-11-19&format=png'))).toEqual(bad('week "2026-11-19" is a Thursday; weeks are named by their Friday', 'bad_week'));
  });
});

describe('between an export and its print page', () => {
  it('turns all communities into community=all and back, with the raster scale', () => {
    const all: ExportRequest = { ...EXPORT, format: 'pdf', allCommunities: true, grid: null, frame: 'town', bbox: null };
    const page = printPageFor(all, 3.125);
    expect(Object.fromEntries(encodePrintPageQuery(page))).toEqual({
      week: '2026-11-20',
      kind: 'coverage',
      paper: 'A3',
      orientation: 'landscape',
      lang: 'zh',
      title: '周例会',
      community: 'all',
      layers: 'zones',
      problemStatus: 'assigned',
      problemUnit: 'U2',
      problemOverdue: '1',
      dpr: '3.125',
    });
    expect(exportRequestFor({ ...page, week: all.week }, 'pdf')).toEqual(all);
    expect(exportRequestFor({ ...printPageFor(EXPORT), week: EXPORT.week }, 'png')).toEqual(EXPORT);
  });
});
