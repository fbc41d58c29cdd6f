import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProblemDetailResponse } from '@wangge/geodata';
import { errorOf, loginAs, tinyApp } from '../test/fixture.ts';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

function upload(app: Awaited<ReturnType<typeof tinyApp>>['app'], path: string, cookie: string, bytes: Uint8Array, name = 'photo') {
  const form = new FormData();
  form.append(name, new Blob([bytes]), 'x.png');
  return app.request(path, { method: 'POST', headers: { cookie }, body: form });
}

describe('photos', () => {
  it('stores a problem photo on disk, lists it and serves it back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wangge-photos-'));
    const { app } = await tinyApp(undefined, dir);
    // an admin may document any step (PR1's only step, its seeded filing, was nobody's)
    const cookie = await loginAs(app, 'admin');
    const res = await upload(app, '/api/problems/PR1/photos', cookie, PNG);
    expect(res.status).toBe(201);
    const { url } = (await res.json()) as { url: string };
    expect(readdirSync(dir)).toHaveLength(1);
    const list = (await (await app.request('/api/problems/PR1/photos')).json()) as { url: string; mime: string }[];
    expect(list).toMatchObject([{ url, mime: 'image/png' }]);
    const back = await app.request(url);
    expect(back.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await back.arrayBuffer())).toEqual(PNG);
  });

  it('refuses non-images, oversized files, strangers and unknown owners, leaving no file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wangge-photos-'));
    const { app } = await tinyApp(undefined, dir);
    const inspector = await loginAs(app, 'admin');
    const text = await upload(app, '/api/problems/PR1/photos', inspector, new TextEncoder().encode('<script>alert(1)</script>'));
    expect(text.status).toBe(415);
    expect((await errorOf(text)).message).toBe('the file is not a JPEG, PNG or WebP image');
    const big = new Uint8Array(6 * 1024 * 1024);
    big.set(PNG);
    expect((await upload(app, '/api/problems/PR1/photos', inspector, big)).status).toBe(413);
    expect((await upload(app, '/api/problems/PR1/photos', inspector, PNG, 'file')).status).toBe(400);
    expect((await upload(app, '/api/problems/NOPE/photos', inspector, PNG)).status).toBe(404);
    // reporter-u3's unit is not responsible for PR1 (in G1, held by U1 and U2)
    expect((await upload(app, '/api/problems/PR1/photos', await loginAs(app, 'reporter-u3'), PNG)).status).toBe(403);
    expect((await upload(app, '/api/problems/PR1/photos', inspector, PNG)).status).toBe(201);
    expect(readdirSync(dir)).toHaveLength(1);
  });
});

describe('problem photos document the step they were sent with', () => {
  const json = (cookie: string, body: unknown) => ({ headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });

  it('links each photo to its step, even when every step has the same time (fixed clock)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wangge-photos-'));
    const { app } = await tinyApp(undefined, dir);
    const inspector = await loginAs(app, 'inspector');
    const unit = await loginAs(app, 'reporter-u3');
    const filed = (await (await app.request('/api/problems', { method: 'POST', ...json(inspector, { lon: 100.015, lat: 30.005, category: '环境卫生', description: '垃圾' }) })).json()) as ProblemDetailResponse;
    const fileStep = filed.events[0].id;
    const withEvent = (cookie: string, event: string) => {
      const form = new FormData();
      form.append('photo', new Blob([PNG]), 'x.png');
      form.append('event', event);
      return app.request(`/api/problems/${filed.id}/photos`, { method: 'POST', headers: { cookie }, body: form });
    };
    const before = await withEvent(inspector, String(fileStep));
    expect(before.status).toBe(201);
    expect(await before.json()).toMatchObject({ eventId: fileStep });
    let last: ProblemDetailResponse = filed;
    for (const [cookie, status] of [[inspector, 'assigned'], [unit, 'in_progress'], [unit, 'fixed']] as const) {
      const res = await app.request(`/api/problems/${filed.id}`, { method: 'PATCH', ...json(cookie, { status, ...(status === 'assigned' ? { ownerUnitId: 'U3' } : {}) }) });
      expect(res.status).toBe(200);
      last = (await res.json()) as ProblemDetailResponse;
    }
    const fixStep = last.events.at(-1)!;
    expect(fixStep.action).toBe('fix');
    expect((await withEvent(unit, String(fixStep.id))).status).toBe(201);
    // without "event": the last step this user took (the fix, not the later of the inspector's)
    expect((await upload(app, `/api/problems/${filed.id}/photos`, unit, PNG)).status).toBe(201);
    // the filing step was the inspector's, the fix the unit's; steps of other problems do not exist here
    const notMine = await withEvent(unit, String(fileStep));
    expect(notMine.status).toBe(403);
    const unknown = await withEvent(inspector, '999');
    expect(unknown.status).toBe(400);
    expect((await errorOf(unknown)).message).toBe(`event "999" is not a step of problem ${filed.id}`);
    expect((await withEvent(inspector, 'first')).status).toBe(400);
    const detail = (await (await app.request(`/api/problems/${filed.id}`)).json()) as ProblemDetailResponse;
    expect(detail.photos.map((p) => p.eventId)).toEqual([fileStep, fixStep.id, fixStep.id]);
    expect(readdirSync(dir)).toHaveLength(3);
    // admins may add photos anywhere, but only to something that exists
    const admin = await loginAs(app, 'admin');
    expect((await upload(app, '/api/problems/NOPE/photos', admin, PNG)).status).toBe(404);
    // a report's photos come with the report (POST /api/reports), never after it
    const late = await upload(app, '/api/reports/1/photos', admin, PNG);
    expect(late.status).toBe(404);
    expect((await errorOf(late)).message).toBe('no API route POST /api/reports/1/photos');
    expect(readdirSync(dir)).toHaveLength(3);
  });

  it('never links a photo to someone else’s step: who took none is refused, and documents a note of theirs instead', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wangge-photos-'));
    const { app } = await tinyApp(undefined, dir);
    const inspector = await loginAs(app, 'inspector');
    // in G1: routed to U1 (the grid's lead) and U2; U1 owns it
    const filed = (await (await app.request('/api/problems', { method: 'POST', ...json(inspector, { lon: 100.002, lat: 30.005, category: '环境卫生', description: '垃圾' }) })).json()) as ProblemDetailResponse;
    expect((await app.request(`/api/problems/${filed.id}`, { method: 'PATCH', ...json(inspector, { status: 'assigned', ownerUnitId: 'U1' }) })).status).toBe(200);
    const u2 = await loginAs(app, 'reporter-u2');
    const refused = await upload(app, `/api/problems/${filed.id}/photos`, u2, PNG);
    expect(refused.status).toBe(409);
    expect((await errorOf(refused)).code).toBe('no_own_step');
    expect(readdirSync(dir)).toHaveLength(0);
    const noted = await app.request(`/api/problems/${filed.id}`, { method: 'PATCH', ...json(u2, { note: '乙局已派人协助' }) });
    expect(noted.status).toBe(200);
    const note = ((await noted.json()) as ProblemDetailResponse).events.at(-1)!;
    expect(note).toMatchObject({ action: 'note', fromStatus: 'assigned', toStatus: 'assigned', note: '乙局已派人协助', by: { username: 'reporter-u2', unitId: 'U2' } });
    expect(await (await upload(app, `/api/problems/${filed.id}/photos`, u2, PNG)).json()).toMatchObject({ eventId: note.id });
  });
});
