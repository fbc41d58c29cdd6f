import { describe, expect, it } from 'vitest';
import type { MeResponse } from '@wangge/geodata';
import { allowedSteps, mayAddNote } from './problem-actions.ts';

const me = (role: MeResponse['role'], unitId: string | null = null, username: string = role): MeResponse => ({ username, displayName: username, role, unitId, unitName: null, mustChangePassword: false });
/** routed to zhifa and shichang; once assigned, shichang owns it and jiaojing co-operates */
const problem = (status: string, ownerUnitId: string | null = status === 'reported' ? null : 'shichang') => ({
  status,
  ownerUnitId,
  units: [{ id: 'zhifa' }, { id: 'shichang' }, { id: 'jiaojing' }],
  events: [{ action: 'file', by: { username: 'leader' } }],
});
const actions = (status: string, user: MeResponse | null) => allowedSteps(problem(status), user).map((s) => s.action);

describe('allowedSteps', () => {
  it('lets inspectors assign, reassign, verify and send back, and nothing else', () => {
    expect(actions('reported', me('inspector'))).toEqual(['assign']);
    expect(actions('assigned', me('inspector'))).toEqual(['reassign']);
    expect(actions('in_progress', me('inspector'))).toEqual(['reassign']);
    expect(actions('fixed', me('inspector'))).toEqual(['verify', 'return']);
    expect(actions('verified', me('inspector'))).toEqual([]);
  });

  it("lets only the owner unit's reporter start and fix: not a routed or co-operating unit's", () => {
    expect(actions('assigned', me('reporter', 'shichang'))).toEqual(['start']);
    expect(actions('in_progress', me('reporter', 'shichang'))).toEqual(['fix']);
    expect(actions('assigned', me('reporter', 'zhifa'))).toEqual([]);
    expect(actions('in_progress', me('reporter', 'jiaojing'))).toEqual([]);
    expect(actions('fixed', me('reporter', 'shichang'))).toEqual([]);
    // a problem assigned before owners existed and never given one: no unit takes its steps
    expect(allowedSteps(problem('assigned', null), me('reporter', 'shichang'))).toEqual([]);
  });

  it('lets an admin take any step, and nobody else (or nobody logged in) take any', () => {
    expect(actions('fixed', me('admin'))).toEqual(['verify', 'return']);
    expect(actions('assigned', me('admin'))).toEqual(['start', 'reassign']);
    for (const role of ['leader', 'planner'] as const) expect(actions('reported', me(role))).toEqual([]);
    expect(actions('reported', null)).toEqual([]);
  });
});

describe('mayAddNote', () => {
  it('allows the filer, inspectors, admins and every unit answering for it, until it is closed', () => {
    expect(mayAddNote(problem('assigned'), me('leader'))).toBe(true);
    expect(mayAddNote(problem('assigned'), me('planner'))).toBe(false);
    expect(mayAddNote(problem('assigned'), me('inspector'))).toBe(true);
    expect(mayAddNote(problem('assigned'), me('reporter', 'jiaojing', 'reporter-jiaojing'))).toBe(true);
    expect(mayAddNote(problem('assigned'), me('reporter', 'renshe', 'reporter-renshe'))).toBe(false);
    expect(mayAddNote(problem('assigned'), null)).toBe(false);
    expect(mayAddNote(problem('verified'), me('inspector'))).toBe(false);
  });
});
