import { describe, expect, it } from 'vitest';
import type { OverdueRow } from '@wangge/geodata';
import { pendingByUnit } from './pending-units.ts';

const row = (unitId: string, unitName: string, gridId: string, gridCode: string): OverdueRow => ({
  unitId,
  unitName,
  contactName: `${unitName}联系人`,
  contactPhone: `0857-${unitId}`,
  gridId,
  gridCode,
  gridName: `网格${gridCode.slice(-3)}`,
  communityId: 'c',
  communityName: '社区',
  streetOfficeId: 's',
  streetOfficeName: '街道',
  areaId: 'a',
  areaName: '片区',
  status: 'pending',
  lateByMinutes: 0,
  missedRun: 0,
});

describe('pendingByUnit', () => {
  it('lists each unit once with its contact and every grid it still owes, most grids first', () => {
    const units = pendingByUnit(
      [row('u2', '乙局', 'g3', '520521001001003'), row('u1', '甲局', 'g2', '520521001001002'), row('u2', '乙局', 'g1', '520521001001001'), row('u3', '丙局', 'g4', '520521001001004')],
      'zh-CN',
    );
    expect(units.map((u) => [u.unitName, u.contactPhone, u.grids.map((g) => g.code.slice(-3))])).toEqual([
      ['乙局', '0857-u2', ['001', '003']],
      ['丙局', '0857-u3', ['004']],
      ['甲局', '0857-u1', ['002']],
    ]);
    expect(units[0].contactName).toBe('乙局联系人');
  });

  it('is empty when nobody is still to report', () => {
    expect(pendingByUnit([], 'zh-CN')).toEqual([]);
  });
});
