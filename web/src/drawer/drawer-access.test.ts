import { describe, expect, it } from 'vitest';
import { drawersFor, homeDrawer, mayOpen } from './drawer-access.ts';

describe('drawer access', () => {
  it('gives each role its views in menu order', () => {
    expect(drawersFor('reporter')).toEqual(['reports']);
    expect(drawersFor('leader')).toEqual(['overdue', 'trends', 'problemStats', 'coverage']);
    expect(drawersFor('inspector')).toEqual(['overdue', 'trends', 'problemStats', 'coverage']);
    expect(drawersFor('admin')).toEqual(['overdue', 'trends', 'problemStats', 'exempt', 'coverage', 'edit']);
    expect(drawersFor('planner')).toEqual(['overdue', 'trends', 'problemStats', 'coverage', 'edit']);
  });

  it('refuses views to other roles and to nobody', () => {
    expect(mayOpen('reporter', 'overdue')).toBe(false);
    expect(mayOpen('leader', 'exempt')).toBe(false);
    expect(mayOpen(null, 'reports')).toBe(false);
    expect(mayOpen('admin', 'exempt')).toBe(true);
  });

  it('opens what the role logs in to do', () => {
    expect(homeDrawer('reporter')).toBe('reports');
    expect(homeDrawer('leader')).toBe('overdue');
    expect(homeDrawer('planner')).toBeNull();
  });
});
