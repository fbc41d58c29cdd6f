import { describe, expect, it } from 'vitest';
import type { OverdueRow } from '@wangge/geodata';
import { outstandingUnits } from './outstanding-units.ts';

const row = (unitId: string, unitName: string, gridId: string, status: OverdueRow['status']): OverdueRow => ({
  unitId,
  unitName,
  contactName: '',
  contactPhone: '',
  gridId,
  gridCode: gridId,
  gridName: gridId,
  communityId: 'C',
  communityName: 'C',
  streetOfficeId: 'S',
  streetOfficeName: 'S',
  areaId: 'A',
  areaName: 'A',
  status,
  lateByMinutes: 0,
  missedRun: status === 'missing' ? 1 : 0,
});

describe('outstandingUnits', () => {
  it('lists each missing or pending unit once with its grids, leaving out the late ones', () => {
    const rows = [row('U2', '乙局', 'G1', 'missing'), row('U1', '甲局', 'G1', 'late'), row('U2', '乙局', 'G2', 'missing')];
    const pending = [row('U3', 'Bureau B', 'G3', 'pending')];
    expect(outstandingUnits({ rows, pending }, 'en')).toEqual([
      { unitId: 'U3', unitName: 'Bureau B', status: 'pending', grids: 1 },
      { unitId: 'U2', unitName: '乙局', status: 'missing', grids: 2 },
    ]);
  });

  it('calls a unit missing when one of its grids is, though another is only pending', () => {
    expect(outstandingUnits({ rows: [row('U1', 'A', 'G2', 'missing')], pending: [row('U1', 'A', 'G1', 'pending')] }, 'en')).toEqual([{ unitId: 'U1', unitName: 'A', status: 'missing', grids: 2 }]);
  });
});
