import { describe, expect, it } from 'vitest';
import { NO_FILTER } from '../problems/problem-query.ts';
import { parsePrintParams, serializePrintParams, type PrintParams } from './print-params.ts';

const DEFAULTS: PrintParams = {
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
  problemFilter: NO_FILTER,
  round: null,
  preview: false,
};

describe('parsePrintParams', () => {
  it('defaults to the current week, status, A4 landscape, Chinese, the whole town, no selection or filter', () => {
    expect(parsePrintParams('')).toEqual({ ok: true, params: DEFAULTS });
  });

  it('reads every parameter', () => {
    const r = parsePrintParams(
      '?week=2026-11-20&kind=coverage&paper=A3&orientation=portrait&title=%E5%91%A8%E4%BC%9A&lang=en&community=all&dpr=3.125&layers=zones,problems' +
        '&grid=g-7&frame=view&bbox=105.6,27.1,105.62,27.12&problemStatus=assigned,in_progress&problemCategory=%E7%8E%AF%E5%A2%83%E5%8D%AB%E7%94%9F' +
        '&problemFrom=2026-11-01&problemTo=2026-11-20&problemGrid=g-9&problemUnit=u-3&problemOwner=u-4&problemOverdue=1&preview=1',
    );
    expect(r).toEqual({
      ok: true,
      params: {
        week: '2026-11-20',
        kind: 'coverage',
        paper: 'A3',
        orientation: 'portrait',
        title: '周会',
        lang: 'en',
        community: 'all',
        pixelRatio: 3.125,
        overlays: ['problems', 'zones'],
        grid: 'g-7',
        frame: 'view',
        bbox: [105.6, 27.1, 105.62, 27.12],
        problemFilter: { statuses: ['assigned', 'in_progress'], categories: ['环境卫生'], from: '2026-11-01', to: '2026-11-20', grid: 'g-9', unit: 'u-3', owner: 'u-4', overdue: true },
        round: null,
        preview: true,
      },
    });
  });

  it('reads back what serializePrintParams writes, for a full set and for the defaults', () => {
    const full: PrintParams = {
      week: '2026-11-13',
      kind: 'problems',
      paper: 'A3',
      orientation: 'portrait',
      title: '第 46 周 问题 & 整改',
      lang: 'en',
      community: 'c-2',
      pixelRatio: 1,
      overlays: ['zones'],
      grid: 'g-12',
      frame: 'grid',
      bbox: null,
      problemFilter: { statuses: ['reported'], categories: ['小广告/乱张贴', '其他'], from: null, to: '2026-11-13', grid: null, unit: 'u-1', owner: null, overdue: false },
      round: null,
      preview: true,
    };
    for (const p of [full, DEFAULTS, { ...DEFAULTS, frame: 'view' as const, bbox: [105.61234, 27.10001, 105.65, 27.2] as PrintParams['bbox'] }]) {
      expect(parsePrintParams(`?${serializePrintParams(p)}`)).toEqual({ ok: true, params: p });
    }
  });

  it('reports a bad value instead of guessing, in the asked language', () => {
    expect(parsePrintParams('?week=2026-11-19')).toMatchObject({ ok: false, message: expect.stringContaining('Thursday') });
    expect(parsePrintParams('?paper=A5&lang=en')).toMatchObject({ ok: false, lang: 'en', message: expect.stringContaining('paper "A5"') });
    expect(parsePrintParams('?dpr=40')).toMatchObject({ ok: false });
    expect(parsePrintParams('?layers=roads')).toMatchObject({ ok: false });
    expect(parsePrintParams('?community=%3Cscript%3E')).toMatchObject({ ok: false });
    expect(parsePrintParams('?frame=view')).toMatchObject({ ok: false, message: expect.stringContaining('needs bbox') });
    expect(parsePrintParams('?frame=grid')).toMatchObject({ ok: false, message: expect.stringContaining('needs the selected grid') });
    expect(parsePrintParams('?frame=view&bbox=105.7,27,105.6,27.1')).toMatchObject({ ok: false, message: expect.stringContaining('bbox') });
    expect(parsePrintParams('?problemStatus=lost')).toMatchObject({ ok: false, message: expect.stringContaining('problemStatus has unknown values: lost') });
    expect(parsePrintParams('?problemCategory=%E5%99%AA%E9%9F%B3')).toMatchObject({ ok: false, message: expect.stringContaining('problemCategory') });
    expect(parsePrintParams('?lang=fr')).toMatchObject({ ok: false, lang: 'zh', message: 'lang "fr" is not one of zh, en' });
    expect(parsePrintParams('?problemFrom=yesterday')).toMatchObject({ ok: false, message: expect.stringContaining('problemFrom "yesterday"') });
  });
});
