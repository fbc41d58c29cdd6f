import { describe, expect, it } from 'vitest';
import type { OverdueRow } from '@wangge/geodata';
import { filterRows, missedRun, nextSort, sortRows } from './overdue-table.ts';
import { NO_FILTERS } from './place-filters.ts';

function row(over: Partial<OverdueRow>): OverdueRow {
  return Object.freeze({
    unitId: 'u',
    unitName: '单位',
    contactName: '联络员',
    contactPhone: '13800000000',
    gridId: 'g',
    gridCode: '520521001001001',
    gridName: '网格',
    communityId: 'c1',
    communityName: '城中社区',
    streetOfficeId: 's1',
    streetOfficeName: '红旗街道',
    areaId: 'a1',
    areaName: '第一片区',
    status: 'missing',
    lateByMinutes: 0,
    missedRun: 1,
    ...over,
  });
}

const rows = Object.freeze([
  row({ unitId: 'jiaoyu', unitName: '县教育局', gridCode: '520521001001002', status: 'late', lateByMinutes: 90, missedRun: 0, contactPhone: '139', communityId: 'c2', communityName: '北郊社区', streetOfficeId: 's2', areaId: 'a2' }),
  row({ unitId: 'zhifa', unitName: '县综合行政执法局', gridCode: '520521001001001', status: 'missing', lateByMinutes: 2000, missedRun: 3, contactPhone: '137' }),
  row({ unitId: 'anjian', unitName: '县应急管理局', gridCode: '520521001001003', status: 'missing', lateByMinutes: 2000, missedRun: 1, contactPhone: '138', areaId: 'a2' }),
  row({ unitId: 'zhifa', unitName: '县综合行政执法局', gridCode: '520521001001000', status: 'late', lateByMinutes: 15, missedRun: 3, contactPhone: '137' }),
]);

const codes = (list: OverdueRow[]) => list.map((r) => r.gridCode.slice(-3));

describe('missedRun', () => {
  it('is the run of a missing row, and none for a late one whatever the unit missed elsewhere', () => {
    expect(missedRun(rows[1])).toBe(3);
    expect(missedRun(rows[3])).toBe(0);
    expect(missedRun(rows[0])).toBe(0);
  });
});

describe('sortRows', () => {
  it('keeps the server order when no column is chosen', () => {
    expect(codes(sortRows(rows, null, 'zh-CN'))).toEqual(['002', '001', '003', '000']);
  });

  it('sorts by how late, longest first, ties by unit name then grid code', () => {
    expect(codes(sortRows(rows, { key: 'late', dir: 'desc' }, 'zh-CN'))).toEqual(['003', '001', '002', '000']);
    expect(codes(sortRows(rows, { key: 'late', dir: 'asc' }, 'zh-CN'))).toEqual(['000', '002', '003', '001']);
  });

  it('puts missing before late, and sorts the missed run and phone numbers', () => {
    expect(sortRows(rows, { key: 'status', dir: 'asc' }, 'zh-CN').map((r) => r.status)).toEqual(['missing', 'missing', 'late', 'late']);
    // the late 000 row comes with its unit's run of 3 (missed on 001): a late row has no run of its own
    expect(codes(sortRows(rows, { key: 'run', dir: 'desc' }, 'zh-CN'))).toEqual(['001', '003', '002', '000']);
    expect(sortRows(rows, { key: 'run', dir: 'desc' }, 'zh-CN').map(missedRun)).toEqual([3, 1, 0, 0]);
    expect(sortRows(rows, { key: 'phone', dir: 'asc' }, 'zh-CN').map((r) => r.contactPhone)).toEqual(['137', '137', '138', '139']);
  });

  it('sorts Chinese unit names by pinyin and grid codes as written', () => {
    // 教 jiao < 应 ying < 综 zong
    expect(sortRows(rows, { key: 'unit', dir: 'asc' }, 'zh-CN').map((r) => r.unitId)).toEqual(['jiaoyu', 'anjian', 'zhifa', 'zhifa']);
    expect(codes(sortRows(rows, { key: 'grid', dir: 'desc' }, 'zh-CN'))).toEqual(['003', '002', '001', '000']);
  });

  it('does not touch its input', () => {
    sortRows(rows, { key: 'grid', dir: 'asc' }, 'zh-CN');
    expect(codes([...rows])).toEqual(['002', '001', '003', '000']);
  });
});

describe('nextSort', () => {
  it('starts numbers biggest first and words ascending, and flips on a second click', () => {
    expect(nextSort(null, 'late')).toEqual({ key: 'late', dir: 'desc' });
    expect(nextSort(null, 'unit')).toEqual({ key: 'unit', dir: 'asc' });
    expect(nextSort({ key: 'unit', dir: 'asc' }, 'unit')).toEqual({ key: 'unit', dir: 'desc' });
    expect(nextSort({ key: 'unit', dir: 'desc' }, 'run')).toEqual({ key: 'run', dir: 'desc' });
  });
});

describe('filterRows', () => {
  it('keeps rows in every chosen place and unit', () => {
    expect(filterRows(rows, NO_FILTERS)).toHaveLength(4);
    expect(codes(filterRows(rows, { ...NO_FILTERS, streetOffice: 's1' }))).toEqual(['001', '003', '000']);
    expect(codes(filterRows(rows, { ...NO_FILTERS, streetOffice: 's1', area: 'a2' }))).toEqual(['003']);
    expect(codes(filterRows(rows, { ...NO_FILTERS, community: 'c2' }))).toEqual(['002']);
    expect(codes(filterRows(rows, { ...NO_FILTERS, unit: 'zhifa' }))).toEqual(['001', '000']);
    expect(filterRows(rows, { ...NO_FILTERS, unit: 'zhifa', community: 'c2' })).toEqual([]);
  });
});
