import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProblemDetailResponse, ProblemsResponse } from '@wangge/geodata';
import { errorOf, jsonOf, loginAs, sqlExec, sqlRow, sqlRows, tinyApp } from '../test/fixture.ts';
import { sendJson, stepWithPhotos } from '../test/problem-steps.ts';

type App = Awaited<ReturnType<typeof tinyApp>>['app'];

/**
 * The tiny county: a problem at (100.002, 30.005) lies in G1 outside the market zone, so it is
 * routed to U1 (G1's lead) and U2. U3 (市场监管局) holds only G3.
 */
async function setup() {
  const photoDir = mkdtempSync(join(tmpdir(), 'wangge-owner-'));
  const { app, store } = await tinyApp(undefined, photoDir);
  const inspector = await loginAs(app, 'inspector');
  const res = await sendJson(app, 'POST', '/api/problems', inspector, { lon: 100.002, lat: 30.005, category: '环境卫生', description: '绿化带垃圾' });
  const p = (await res.json()) as ProblemDetailResponse;
  const patch = (cookie: string, body: unknown) => sendJson(app, 'PATCH', `/api/problems/${p.id}`, cookie, body);
  const detail = async () => (await (await app.request(`/api/problems/${p.id}`)).json()) as ProblemDetailResponse;
  return { app, store, photoDir, inspector, id: p.id, patch, detail };
}

const units = (d: ProblemDetailResponse) => d.units.map((u) => [u.id, u.role]);
const login = (app: App, who: string) => loginAs(app, who);

describe('交办 names one owner', () => {
  it('refuses to assign without an owner unit, and stores nothing', async () => {
    const { store, inspector, id, patch } = await setup();
    const res = await patch(inspector, { status: 'assigned', note: '请处理' });
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toEqual({ code: 'owner_required', message: 'ownerUnitId is required to assign a problem: name the unit that leads its fixing (牵头单位)' });
    expect(await sqlRow(store, `select status, owner_unit_id from problems where id = '${id}'`)).toEqual({ status: 'reported', owner_unit_id: null });
    expect(await sqlRows(store, `select action from problem_events where problem_id = '${id}'`)).toEqual([{ action: 'file' }]);
  });

  it('stores the owner, its person, the deadline and the co-operating units on the step and on the problem', async () => {
    const { app, store, inspector, id, patch } = await setup();
    const res = await patch(inspector, { status: 'assigned', ownerUnitId: 'U2', ownerPerson: { name: '李科长', phone: '0857-4221234' }, dueAt: '2026-11-26T18:00:00+08:00', coUnitIds: ['U3'] });
    expect(res.status).toBe(200);
    const d = (await res.json()) as ProblemDetailResponse;
    // 2026-11-26 18:00 in Shanghai is 10:00 UTC
    expect(d).toMatchObject({ status: 'assigned', ownerUnitId: 'U2', ownerUnitName: '乙局', ownerPerson: { name: '李科长', phone: '0857-4221234' }, dueAt: '2026-11-26T10:00:00.000Z' });
    // U3 was not routed here: naming it made it responsible, as a co-operating unit
    expect(units(d)).toEqual([
      ['U2', 'owner'],
      ['U3', 'cooperating'],
      ['U1', 'routed'],
    ]);
    expect(d.events.at(-1)).toMatchObject({
      action: 'assign',
      ownerUnitId: 'U2',
      assignment: { ownerUnitName: '乙局', ownerPerson: { name: '李科长', phone: '0857-4221234' }, dueAt: '2026-11-26T10:00:00.000Z', coUnits: [{ id: 'U3', name: '市场监管局' }] },
    });
    expect(await sqlRow(store, `select owner_unit_id, owner_person, owner_phone, due_at from problems where id = '${id}'`)).toEqual({
      owner_unit_id: 'U2',
      owner_person: '李科长',
      owner_phone: '0857-4221234',
      due_at: Date.UTC(2026, 10, 26, 10),
    });
    const step = await sqlRow<{ owner_unit_id: string; co_unit_ids: unknown }>(store, `select owner_unit_id, co_unit_ids from problem_events where problem_id = '${id}' and action = 'assign'`);
    expect(step?.owner_unit_id).toBe('U2');
    expect(jsonOf(step?.co_unit_ids)).toEqual(['U3']);
    // the list and its export carry the owner; the owner filter selects by it, unit= by any responsible unit
    const list = (await (await app.request('/api/problems?owner=U2')).json()) as ProblemsResponse;
    expect(list.features.map((f) => [f.properties.id, f.properties.ownerUnitId, f.properties.ownerUnitName])).toEqual([[id, 'U2', '乙局']]);
    expect(((await (await app.request('/api/problems?owner=U1')).json()) as ProblemsResponse).total).toBe(0);
    expect(((await (await app.request('/api/problems?unit=U3')).json()) as ProblemsResponse).features.map((f) => f.properties.id)).toEqual([id]);
    const csv = (await (await app.request('/api/problems?owner=U2&format=csv')).text()).split('\r\n');
    expect(csv[1]).toMatch(new RegExp(`^${id},环境卫生,绿化带垃圾,已交办,999999001001001,乙局,李科长,0857-4221234,`));
  });

  it('keeps the category deadline when 交办 sets none, and refuses a bad unit, person or deadline', async () => {
    const { inspector, patch, detail } = await setup();
    const before = (await detail()).dueAt;
    const cases: [unknown, string, string][] = [
      [{ ownerUnitId: 'U9' }, 'unknown_unit', 'ownerUnitId "U9" is not a unit'],
      [{ ownerUnitId: 'U1', coUnitIds: ['U2', 'U8'] }, 'unknown_unit', 'coUnitIds has units that do not exist: U8'],
      [{ ownerUnitId: 'U1', ownerPerson: { name: '王', phone: '4221234' } }, 'bad_field', 'ownerPerson.phone "4221234" is not a Chinese mobile'],
      [{ ownerUnitId: 'U1', dueAt: '2027-01-30T00:00:00+08:00' }, 'bad_field', 'is more than 720 hours ahead'],
      [{ ownerUnitId: 'U1', dueAt: '2026-11-24T00:00:00+08:00' }, 'bad_field', 'is not after now'],
    ];
    for (const [extra, code, message] of cases) {
      const res = await patch(inspector, { status: 'assigned', ...(extra as object) });
      expect(res.status, message).toBe(400);
      const err = await errorOf(res);
      expect(err.code).toBe(code);
      expect(err.message).toContain(message);
    }
    expect((await detail()).status).toBe('reported');
    const res = await patch(inspector, { status: 'assigned', ownerUnitId: 'U1' });
    expect(((await res.json()) as ProblemDetailResponse).dueAt).toBe(before);
  });

  it('makes a unit the place did not route to responsible, and 改派 moves the ownership, recorded step by step', async () => {
    const { app, inspector, patch, detail } = await setup();
    expect((await patch(inspector, { status: 'assigned', ownerUnitId: 'U3' })).status).toBe(200);
    expect(units(await detail())).toEqual([
      ['U3', 'owner'],
      ['U1', 'routed'],
      ['U2', 'routed'],
    ]);
    const u3 = await login(app, 'reporter-u3');
    expect((await patch(u3, { status: 'in_progress' })).status).toBe(200);
    // the inspector names another owner while it is being fixed: it waits for the new owner to start
    const re = await patch(inspector, { status: 'assigned', from: 'in_progress', ownerUnitId: 'U1', note: '改由甲局牵头' });
    expect(re.status).toBe(200);
    const d = (await re.json()) as ProblemDetailResponse;
    expect(d.status).toBe('assigned');
    // U3 answered only through the first 交办: it is no longer linked, the steps still say it was named
    expect(units(d)).toEqual([
      ['U1', 'owner'],
      ['U2', 'routed'],
    ]);
    expect(d.events.map((e) => [e.action, e.ownerUnitId])).toEqual([
      ['file', null],
      ['assign', 'U3'],
      ['start', null],
      ['reassign', 'U1'],
    ]);
    expect((await patch(u3, { status: 'in_progress' })).status).toBe(403);
    // assigned → assigned: a new person and deadline for the same owner
    const again = await patch(inspector, { status: 'assigned', ownerUnitId: 'U1', ownerPerson: { name: '张主任', phone: '13800000001' } });
    expect(((await again.json()) as ProblemDetailResponse).ownerPerson).toEqual({ name: '张主任', phone: '13800000001' });
  });
});

describe('only the owner moves it', () => {
  it('lets the owner unit’s reporter start and fix; a routed or co-operating unit adds notes, not steps', async () => {
    const { app, inspector, patch } = await setup();
    await patch(inspector, { status: 'assigned', ownerUnitId: 'U2', coUnitIds: ['U3'] });
    const [u1, u2, u3] = await Promise.all(['reporter-u1', 'reporter-u2', 'reporter-u3'].map((u) => login(app, u)));
    for (const cookie of [u1, u3]) {
      const res = await patch(cookie, { status: 'in_progress' });
      expect(res.status).toBe(403);
      expect((await errorOf(res)).message).toBe('only a reporter of the owner unit (牵头单位) may start this problem');
    }
    expect((await patch(u3, { note: '市场监管局已配合清理' })).status).toBe(200);
    expect((await patch(u2, { status: 'in_progress' })).status).toBe(200);
    expect((await patch(u1, { status: 'fixed' })).status).toBe(403);
    expect((await patch(u2, { status: 'fixed' })).status).toBe(200);
    // a note without words or photos says nothing
    const empty = await patch(u3, { note: ' ' });
    expect(empty.status).toBe(400);
    expect((await errorOf(empty)).code).toBe('note_required');
    // someone with no part in it adds nothing
    const stranger = await sendJson(app, 'PATCH', `/api/problems/${(await (await app.request('/api/problems?owner=U2')).json() as ProblemsResponse).features[0].id}`, await login(app, 'leader'), { note: 'x' });
    expect(stranger.status).toBe(403);
  });
});

describe('退回 and 复核', () => {
  async function fixed(withPhoto: boolean) {
    const s = await setup();
    await s.patch(s.inspector, { status: 'assigned', ownerUnitId: 'U1' });
    const u1 = await login(s.app, 'reporter-u1');
    await s.patch(u1, { status: 'in_progress' });
    const res = withPhoto ? await stepWithPhotos(s.app, u1, s.id, { status: 'fixed', note: '已清理' }, 2) : await s.patch(u1, { status: 'fixed', note: '已清理' });
    expect(res.status).toBe(200);
    return { ...s, u1, fix: (await res.json()) as ProblemDetailResponse };
  }

  it('refuses 退回 without a reason, naming note', async () => {
    const { inspector, patch, detail } = await fixed(true);
    for (const body of [{ status: 'in_progress' }, { status: 'in_progress', note: '   ' }]) {
      const res = await patch(inspector, body);
      expect(res.status).toBe(400);
      expect(await errorOf(res)).toEqual({ code: 'note_required', message: 'note is required to send a problem back (退回): say what is still wrong' });
    }
    expect((await detail()).status).toBe('fixed');
    const back = await patch(inspector, { status: 'in_progress', note: '仍有垃圾残留' });
    expect(back.status).toBe(200);
    expect(((await back.json()) as ProblemDetailResponse).events.at(-1)).toMatchObject({ action: 'return', note: '仍有垃圾残留' });
  });

  it('refuses 复核 until the fix step has an after-photo, then verifies', async () => {
    const { app, inspector, u1, id, patch, detail } = await fixed(false);
    const refused = await patch(inspector, { status: 'verified' });
    expect(refused.status).toBe(422);
    expect(await errorOf(refused)).toEqual({
      code: 'after_photo_required',
      message: `the 已整改 (fix) step of problem ${id} has no after-photo: 复核 needs a photo of the fix (the owner unit adds one, or the problem is sent back)`,
    });
    expect((await detail()).status).toBe('fixed');
    // the owner's reporter adds it afterwards: it documents their last step, the fix
    const form = new FormData();
    form.append('photo', new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])]), 'after.png');
    const photo = await app.request(`/api/problems/${id}/photos`, { method: 'POST', headers: { cookie: u1 }, body: form });
    expect(await photo.json()).toMatchObject({ eventId: (await detail()).events.at(-1)!.id });
    expect((await patch(inspector, { status: 'verified' })).status).toBe(200);
  });

  it('refuses 复核 of a fixed problem that has no 已整改 step at all', async () => {
    const { app, store } = await tinyApp();
    await sqlExec(store, "update problems set status = 'fixed' where id = 'PR1'");
    const res = await sendJson(app, 'PATCH', '/api/problems/PR1', await login(app, 'inspector'), { status: 'verified' });
    expect(res.status).toBe(422);
    expect((await errorOf(res)).message).toBe('problem PR1 has no 已整改 (fix) step with an after-photo: it cannot be verified (复核) before one');
  });

  it('takes the fix step’s photos in the same request, linked to it; verifies with them', async () => {
    const { inspector, fix, photoDir, patch } = await fixed(true);
    const step = fix.events.at(-1)!;
    expect(step.action).toBe('fix');
    expect(fix.photos.filter((p) => p.eventId === step.id)).toHaveLength(2);
    expect(readdirSync(photoDir)).toHaveLength(2);
    expect((await patch(inspector, { status: 'verified', note: '复核合格' })).status).toBe(200);
  });

  it('stores neither the step nor any photo when one photo is not an image', async () => {
    const s = await setup();
    await s.patch(s.inspector, { status: 'assigned', ownerUnitId: 'U1' });
    const u1 = await login(s.app, 'reporter-u1');
    await s.patch(u1, { status: 'in_progress' });
    const form = new FormData();
    form.append('data', JSON.stringify({ status: 'fixed' }));
    form.append('photo', new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])]), 'a.png');
    form.append('photo', new Blob([new TextEncoder().encode('not a picture')]), 'b.png');
    const res = await s.app.request(`/api/problems/${s.id}`, { method: 'PATCH', headers: { cookie: u1 }, body: form });
    expect(res.status).toBe(415);
    expect((await s.detail()).status).toBe('in_progress');
    expect(await sqlRow(s.store, 'select count(*) as n from photos')).toEqual({ n: 0 });
    expect(readdirSync(s.photoDir)).toHaveLength(0);
    const bad = new FormData();
    bad.append('data', '{status');
    expect(await errorOf(await s.app.request(`/api/problems/${s.id}`, { method: 'PATCH', headers: { cookie: u1 }, body: bad }))).toEqual({ code: 'bad_json', message: 'the field "data" is not valid JSON' });
  });
});

describe('history names people and units', () => {
  it('answers each step’s actor by display name and the unit they acted for then', async () => {
    const { app, store, inspector, patch, detail } = await setup();
    await patch(inspector, { status: 'assigned', ownerUnitId: 'U2' });
    await patch(await login(app, 'reporter-u2'), { status: 'in_progress' });
    // the account moves to another unit later: the step keeps the unit it was taken for
    await sqlExec(store, "update users set unit_id = 'U3' where id = 'reporter-u2'");
    const d = await detail();
    expect(d.events.map((e) => e.by)).toEqual([
      { username: 'inspector', displayName: '督查组（演示）', unitId: null, unitName: null },
      { username: 'inspector', displayName: '督查组（演示）', unitId: null, unitName: null },
      { username: 'reporter-u2', displayName: '乙局填报员', unitId: 'U2', unitName: '乙局' },
    ]);
    // the seeded problem's filing was nobody's
    expect(((await (await app.request('/api/problems/PR1')).json()) as ProblemDetailResponse).events[0].by).toBeNull();
  });
});
