import { describe, expect, it } from 'vitest';
import type { GridsResponse } from '@wangge/geodata';
import { NO_FILTER } from '../problems/problem-query.ts';
import { problemFilterNote } from './filter-note.ts';
import { printT } from './i18n/index.ts';

const grids = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: { id: 'g1', code: '520521001001001', unitIds: ['u1', 'u2'], unitNames: ['县住建局', '县城管局'] } }],
} as unknown as GridsResponse;

describe('problemFilterNote', () => {
  it('says nothing when nothing is filtered', () => {
    expect(problemFilterNote(NO_FILTER, printT('zh'), grids)).toBeNull();
  });

  it('names every filter in words, with the grid’s code and the unit’s name', () => {
    const filter = { statuses: ['assigned', 'in_progress'] as const, categories: ['环境卫生'] as const, from: '2026-11-01', to: null, grid: 'g1', unit: 'u2', owner: 'u2', overdue: true };
    expect(problemFilterNote(filter, printT('zh'), grids)).toBe('问题筛选：状态 已交办、整改中；类别 环境卫生；上报日期 2026-11-01 至 …；网格 520521001001001；单位 县城管局；牵头单位 县城管局；仅超期');
    expect(problemFilterNote({ ...NO_FILTER, statuses: ['reported'], unit: 'u9' }, printT('en'), grids)).toBe('Problems filtered: status Reported; unit u9');
  });
});
