import { describe, expect, it } from 'vitest';
import { parsePrintParams } from './print-params.ts';

describe('parsePrintParams', () => {
  it('defaults to the current week, status, A4 landscape, Chinese, the whole county', () => {
    expect(parsePrintParams('')).toEqual({
      ok: true,
      params: { week: null, kind: 'status', paper: 'A4', orientation: 'landscape', title: null, lang: 'zh', community: null, pixelRatio: null, overlays: [] },
    });
  });

  it('reads every parameter', () => {
    const r = parsePrintParams('?week=2026-11-20&kind=coverage&paper=A3&orientation=portrait&title=%E5%91%A8%E4%BC%9A&lang=en&community=all&dpr=3.125&layers=zones,problems');
    expect(r).toEqual({
      ok: true,
      params: { week: '2026-11-20', kind: 'coverage', paper: 'A3', orientation: 'portrait', title: '周会', lang: 'en', community: 'all', pixelRatio: 3.125, overlays: ['problems', 'zones'] },
    });
  });

  it('reports a bad value instead of guessing, in the asked language', () => {
    expect(parsePrintParams('?week=2026-11-19')).toMatchObject({ ok: false, message: expect.stringContaining('Thursday') });
    expect(parsePrintParams('?paper=A5&lang=en')).toMatchObject({ ok: false, lang: 'en', message: expect.stringContaining('paper "A5"') });
    expect(parsePrintParams('?dpr=40')).toMatchObject({ ok: false });
    expect(parsePrintParams('?layers=roads')).toMatchObject({ ok: false });
    expect(parsePrintParams('?community=%3Cscript%3E')).toMatchObject({ ok: false });
  });
});
