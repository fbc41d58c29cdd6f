import { describe, expect, it } from 'vitest';
import type { MeResponse, Role } from '@wangge/geodata';
import { drawersFor, homeDrawer, mayOpen } from './drawer-access.ts';

const me = (role: Role): MeResponse => ({ username: role, displayName: role, role, unitId: role === 'reporter' ? 'zhifa' : null, unitName: null, mustChangePassword: false });

describe('drawer access', () => {
  it('gives each role its views in menu order', () => {
    expect(drawersFor(me('reporter'))).toEqual(['reports']);
    expect(drawersFor(me('leader'))).toEqual(['overdue', 'trends', 'problemStats', 'coverage', 'scores', 'assessment']);
    expect(drawersFor(me('inspector'))).toEqual(['overdue', 'trends', 'problemStats', 'coverage', 'audit', 'scores', 'assessment']);
    expect(drawersFor(me('admin'))).toEqual(['overdue', 'trends', 'problemStats', 'exempt', 'coverage', 'edit', 'webhooks', 'settings', 'users', 'roster', 'audit', 'units', 'scores', 'assessment']);
    expect(drawersFor(me('planner'))).toEqual(['overdue', 'trends', 'problemStats', 'coverage', 'edit', 'roster', 'scores', 'assessment']);
  });

  it('refuses views to other roles and to nobody', () => {
    expect(mayOpen(me('reporter'), 'overdue')).toBe(false);
    expect(mayOpen(me('leader'), 'exempt')).toBe(false);
    expect(mayOpen(null, 'reports')).toBe(false);
    expect(mayOpen(me('admin'), 'exempt')).toBe(true);
    // an admin may submit for any unit, through the API: the reports view is a unit's own
    expect(mayOpen(me('admin'), 'reports')).toBe(false);
  });

  it('opens what the role logs in to do', () => {
    expect(homeDrawer('reporter')).toBe('reports');
    expect(homeDrawer('leader')).toBe('overdue');
    expect(homeDrawer('planner')).toBeNull();
  });
});
