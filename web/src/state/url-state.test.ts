import { describe, expect, it } from 'vitest';
import { clampWeek, DEFAULT_OVERLAYS, parseViewUrl, sameSelection, serializeViewUrl } from './url-state.ts';

describe('parseViewUrl', () => {
  it('reads week, grid, clicked place and layers', () => {
    expect(parseViewUrl('?week=2026-11-20&grid=G01&at=105.606,27.147&layers=zones,problems')).toEqual({
      week: '2026-11-20',
      selection: { grid: 'G01', at: [105.606, 27.147] },
      overlays: { zones: true, problems: true },
      drawer: null,
      problem: null,
    });
  });

  it('an empty query gives no week, no selection, the default layers and no open view', () => {
    expect(parseViewUrl('')).toEqual({ week: null, selection: { grid: null, at: null }, overlays: DEFAULT_OVERLAYS, drawer: null, problem: null });
  });

  it('reads the open view and drops an unknown one', () => {
    expect(parseViewUrl('?view=reports').drawer).toBe('reports');
    expect(parseViewUrl('?view=trends').drawer).toBe('trends');
    expect(parseViewUrl('?view=admin').drawer).toBeNull();
    expect(parseViewUrl('?view=toString').drawer).toBeNull();
  });

  it('reads the open problem and drops a malformed id', () => {
    expect(parseViewUrl('?problem=PMWVH7I8084N').problem).toBe('PMWVH7I8084N');
    expect(parseViewUrl('?problem=a/b').problem).toBeNull();
  });

  it('an empty layers value switches every overlay off', () => {
    expect(parseViewUrl('?layers=').overlays).toEqual({ zones: false, problems: false });
    expect(parseViewUrl('?layers=zones,bogus').overlays).toEqual({ zones: true, problems: false });
  });

  it('drops a week that is not a Friday or not a date', () => {
    expect(parseViewUrl('?week=2026-11-19').week).toBeNull();
    expect(parseViewUrl('?week=2026-02-30').week).toBeNull();
    expect(parseViewUrl('?week=last').week).toBeNull();
  });

  it('drops malformed places and grid ids', () => {
    for (const at of ['105.6', '105.6,', 'a,b', '200,27', '105,95', '1,2,3']) {
      expect(parseViewUrl(`?at=${at}`).selection.at, at).toBeNull();
    }
    expect(parseViewUrl('?grid=<script>').selection.grid).toBeNull();
  });
});

describe('serializeViewUrl', () => {
  it('writes keys in a fixed order with readable commas', () => {
    expect(
      serializeViewUrl({
        week: '2026-11-20',
        selection: { grid: 'G01', at: [105.60612345, 27.1471] },
        overlays: { zones: true, problems: true },
        drawer: 'overdue',
        problem: 'P-7',
      }),
    ).toBe('?week=2026-11-20&grid=G01&at=105.606123,27.1471&layers=zones,problems&view=overdue&problem=P-7');
  });

  it('writes an empty layers value when every overlay is off, so it does not read back as the defaults', () => {
    const url = serializeViewUrl({ week: '2026-11-20', selection: { grid: null, at: null }, overlays: { zones: false, problems: false }, drawer: null, problem: null });
    expect(url).toBe('?week=2026-11-20&layers=');
    expect(parseViewUrl(url).overlays).toEqual({ zones: false, problems: false });
  });

  it('round-trips through parseViewUrl', () => {
    const view = { week: '2026-10-30', selection: { grid: 'g-520521001001002', at: null }, overlays: { zones: false, problems: true }, drawer: 'exempt' as const, problem: 'problem-8' };
    expect(parseViewUrl(serializeViewUrl(view))).toEqual(view);
  });
});

describe('clampWeek', () => {
  it('keeps past weeks and replaces missing or future ones by the current week', () => {
    expect(clampWeek('2026-11-13', '2026-11-20')).toBe('2026-11-13');
    expect(clampWeek('2026-11-27', '2026-11-20')).toBe('2026-11-20');
    expect(clampWeek(null, '2026-11-20')).toBe('2026-11-20');
  });

  it('moves a week before the deployment’s first week to the first week', () => {
    expect(clampWeek('2026-10-30', '2026-11-20', '2026-11-06')).toBe('2026-11-06');
    expect(clampWeek('2026-11-06', '2026-11-20', '2026-11-06')).toBe('2026-11-06');
  });
});

describe('sameSelection', () => {
  it('compares grid and place by value', () => {
    expect(sameSelection({ grid: 'a', at: [1, 2] }, { grid: 'a', at: [1, 2] })).toBe(true);
    expect(sameSelection({ grid: 'a', at: [1, 2] }, { grid: 'a', at: null })).toBe(false);
  });
});
