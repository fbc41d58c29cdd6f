import { describe, expect, it } from 'vitest';
import { decodeProblemStep } from './problem-step.ts';

/** 2026-11-25 10:00 in Shanghai */
const NOW = Date.parse('2026-11-25T10:00:00+08:00');
const HOUR = 3600_000;

describe('decodeProblemStep', () => {
  it('reads 交办 with its owner, person, deadline and co-operating units', () => {
    const r = decodeProblemStep(
      { status: 'assigned', from: 'reported', note: ' 请尽快处理 ', ownerUnitId: 'zhifa', ownerPerson: { name: ' 王队长 ', phone: '138-0000-0001' }, dueAt: '2026-11-26T18:00:00+08:00', coUnitIds: ['shichang', 'jiaojing', 'shichang'] },
      NOW,
    );
    expect(r).toEqual({
      ok: true,
      value: {
        to: 'assigned',
        from: 'reported',
        note: '请尽快处理',
        // 2026-11-26 18:00 +08:00 is 10:00 UTC
        assignment: { ownerUnitId: 'zhifa', ownerPerson: { name: '王队长', phone: '138-0000-0001' }, dueAt: Date.UTC(2026, 10, 26, 10), coUnitIds: ['shichang', 'jiaojing'] },
      },
    });
  });

  it('needs the owner on 交办, and takes the rest as optional', () => {
    expect(decodeProblemStep({ status: 'assigned' }, NOW)).toEqual({ ok: false, code: 'owner_required', message: 'ownerUnitId is required to assign a problem: name the unit that leads its fixing (牵头单位)' });
    expect(decodeProblemStep({ status: 'assigned', ownerUnitId: 'U1' }, NOW)).toEqual({ ok: true, value: { to: 'assigned', from: null, note: null, assignment: { ownerUnitId: 'U1', ownerPerson: null, dueAt: null, coUnitIds: [] } } });
    expect(decodeProblemStep({ status: 'assigned', ownerUnitId: 'U1', ownerPerson: { name: '李四' } }, NOW)).toMatchObject({ ok: true, value: { assignment: { ownerPerson: { name: '李四', phone: null } } } });
  });

  it('reads a note (no status) and a plain step', () => {
    expect(decodeProblemStep({ note: '协办单位已到场' }, NOW)).toEqual({ ok: true, value: { to: null, from: null, note: '协办单位已到场', assignment: null } });
    expect(decodeProblemStep({ status: 'in_progress', note: '   ' }, NOW)).toEqual({ ok: true, value: { to: 'in_progress', from: null, note: null, assignment: null } });
  });

  it('takes a deadline up to 720 hours ahead, not beyond, not in the past', () => {
    const at = (ms: number) => new Date(ms).toISOString();
    const step = (dueAt: string) => decodeProblemStep({ status: 'assigned', ownerUnitId: 'U1', dueAt }, NOW);
    expect(step(at(NOW + 720 * HOUR))).toMatchObject({ ok: true, value: { assignment: { dueAt: NOW + 720 * HOUR } } });
    expect(step(at(NOW + 720 * HOUR + 1000))).toEqual({ ok: false, code: 'bad_field', message: `dueAt ${at(NOW + 720 * HOUR + 1000)} is more than 720 hours ahead` });
    expect(step('2026-11-25T10:00:00+08:00')).toEqual({ ok: false, code: 'bad_field', message: 'dueAt 2026-11-25T10:00:00+08:00 is not after now' });
    expect(step('2026-11-26 18:00')).toMatchObject({ ok: false, code: 'bad_field', message: 'dueAt "2026-11-26 18:00" is not an ISO time with its offset (e.g. 2026-11-27T18:00:00+08:00)' });
    expect(step('2026-11-26T18:00:00')).toMatchObject({ ok: false, code: 'bad_field' });
  });

  it('names what is wrong', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ status: 'done' }, 'status "done" is not one of reported, assigned, in_progress, fixed, verified'],
      [{ status: 'fixed', from: 'x' }, 'from "x" is not a problem status'],
      [{ status: 'fixed', note: 5 }, 'note must be a string'],
      [{ status: 'fixed', note: 'x'.repeat(2001) }, 'note is longer than 2000 characters'],
      [{ status: 'fixed', ownerUnitId: 'U1' }, 'ownerUnitId is only sent with 交办 (status "assigned")'],
      [{ note: 'x', coUnitIds: ['U1'] }, 'coUnitIds is only sent with 交办 (status "assigned")'],
      [{ status: 'assigned', ownerUnitId: 'U 1' }, 'ownerUnitId "U 1" is not a unit id'],
      [{ status: 'assigned', ownerUnitId: 'U1', ownerPerson: '王' }, 'ownerPerson must be an object { name, phone? }'],
      [{ status: 'assigned', ownerUnitId: 'U1', ownerPerson: { phone: '13800000001' } }, 'ownerPerson.name is required when a person is named'],
      [{ status: 'assigned', ownerUnitId: 'U1', ownerPerson: { name: '王', phone: '12345' } }, 'ownerPerson.phone "12345" is not a Chinese mobile (11 digits, 13x–19x) or a landline with its area code (e.g. 0857-4221234)'],
      [{ status: 'assigned', ownerUnitId: 'U1', coUnitIds: 'U2' }, 'coUnitIds must be a list of unit ids'],
      [{ status: 'assigned', ownerUnitId: 'U1', coUnitIds: ['U2', 'U1'] }, 'coUnitIds names the owner unit "U1": it leads, it does not co-operate'],
    ];
    for (const [body, message] of cases) expect(decodeProblemStep(body, NOW), message).toEqual({ ok: false, code: 'bad_field', message });
  });
});
