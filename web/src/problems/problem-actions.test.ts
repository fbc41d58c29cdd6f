import { describe, expect, it } from 'vitest';
import type { MeResponse } from '@wangge/geodata';
import { allowedSteps, mayAddPhotos } from './problem-actions.ts';

const me = (role: MeResponse['role'], unitId: string | null = null, username: string = role): MeResponse => ({ username, role, unitId, unitName: null });
const problem = (status: string) => ({ status, units: [{ id: 'zhifa' }, { id: 'shichang' }], events: [{ action: 'file', by: 'leader' }] });
const actions = (status: string, user: MeResponse | null) => allowedSteps(problem(status), user).map((s) => s.action);

describe('allowedSteps', () => {
  it('lets inspectors assign, verify and send back, and nothing else', () => {
    expect(actions('reported', me('inspector'))).toEqual(['assign']);
    expect(actions('assigned', me('inspector'))).toEqual([]);
    expect(actions('in_progress', me('inspector'))).toEqual([]);
    expect(actions('fixed', me('inspector'))).toEqual(['verify', 'return']);
    expect(actions('verified', me('inspector'))).toEqual([]);
  });

  it("lets a responsible unit's reporter start and fix, not another unit's", () => {
    expect(actions('assigned', me('reporter', 'shichang'))).toEqual(['start']);
    expect(actions('in_progress', me('reporter', 'zhifa'))).toEqual(['fix']);
    expect(actions('assigned', me('reporter', 'jiaojing'))).toEqual([]);
    expect(actions('reported', me('reporter', 'zhifa'))).toEqual([]);
    expect(actions('fixed', me('reporter', 'zhifa'))).toEqual([]);
  });

  it('lets an admin take any step, and nobody else (or nobody logged in) take any', () => {
    expect(actions('fixed', me('admin'))).toEqual(['verify', 'return']);
    expect(actions('assigned', me('admin'))).toEqual(['start']);
    for (const role of ['leader', 'planner'] as const) expect(actions('reported', me(role))).toEqual([]);
    expect(actions('reported', null)).toEqual([]);
  });
});

describe('mayAddPhotos', () => {
  it('allows the filer, inspectors, admins and responsible units', () => {
    expect(mayAddPhotos(problem('assigned'), me('leader'))).toBe(true);
    expect(mayAddPhotos(problem('assigned'), me('planner'))).toBe(false);
    expect(mayAddPhotos(problem('assigned'), me('inspector'))).toBe(true);
    expect(mayAddPhotos(problem('assigned'), me('reporter', 'zhifa', 'reporter-zhifa'))).toBe(true);
    expect(mayAddPhotos(problem('assigned'), me('reporter', 'jiaojing', 'reporter-jiaojing'))).toBe(false);
    expect(mayAddPhotos(problem('assigned'), null)).toBe(false);
  });
});
