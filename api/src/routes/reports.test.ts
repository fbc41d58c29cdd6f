import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PhotoRefusalDetails, ReportIncompleteDetails, ReportResponse, StatusResponse } from '@wangge/geodata';
import { errorOf, loginAs, sqlRow, tinyApp } from '../test/fixture.ts';
import { SUMMARY, complete, png, sendReport } from '../test/reports.ts';

type App = Awaited<ReturnType<typeof tinyApp>>['app'];
const WEEK = '2026-11-20';
const photoDir = () => mkdtempSync(join(tmpdir(), 'wangge-reports-'));

async function gridStatus(app: App, gridId: string) {
  const body = (await (await app.request(`/api/status?week=${WEEK}`)).json()) as StatusResponse;
  return body.grids.find((g) => g.gridId === gridId)!.status;
}

async function refusal<D>(res: Response) {
  return (await res.json()) as { error: { code: string; message: string; details: D } };
}

describe('POST /api/reports', () => {
  it('stores a complete report with its photo in one multipart request, on time before Monday noon, and the map follows', async () => {
    const dir = photoDir();
    const { app, store } = await tinyApp('2026-11-23T11:00:00+08:00', dir);
    expect(await gridStatus(app, 'G2')).toBe('pending');
    const cookie = await loginAs(app, 'reporter-u2');
    const res = await sendReport(app, cookie, complete('G2', { hours: 2, problemsFound: 3, problemsFixed: 2 }), [png(1)]);
    expect(res.status).toBe(201);
    const report = (await res.json()) as ReportResponse;
    expect(report).toMatchObject({ unitId: 'U2', gridId: 'G2', week: WEEK, status: 'on_time', revision: 1, submittedAt: '2026-11-23T03:00:00.000Z', workedOn: '2026-11-20', content: SUMMARY, revisedAfterDue: false });
    expect(report.requirements).toEqual({ workedOn: true, minParticipants: 1, minActivities: 1, minContentChars: 20, minPhotos: 1 });
    expect(report.photos).toHaveLength(1);
    expect(report.photos[0]).toMatchObject({ mime: 'image/png', bytes: 64 });
    expect(new Uint8Array(await (await app.request(report.photos[0].url, { headers: { cookie } })).arrayBuffer())).toEqual(png(1));
    expect(readdirSync(dir)).toHaveLength(1);
    const stored = await sqlRow<{ sha256: string }>(store, 'select sha256 from photos');
    expect(stored?.sha256).toBe(createHash('sha256').update(png(1)).digest('hex'));
    expect(await gridStatus(app, 'G2')).toBe('on_time');
  });

  it('refuses an empty report with 422, naming every missing field, and stores nothing', async () => {
    const dir = photoDir();
    const { app, store } = await tinyApp(undefined, dir);
    const cookie = await loginAs(app, 'reporter-u1');
    for (const photos of [null, []]) {
      const res = await sendReport(app, cookie, { gridId: 'G1', week: WEEK }, photos);
      expect(res.status).toBe(422);
      const { error } = await refusal<ReportIncompleteDetails>(res);
      expect(error.code).toBe('report_incomplete');
      expect(error.details.missing).toEqual(['workedOn', 'participants', 'activities', 'content', 'photos']);
      expect(error.message).toBe(
        'the report is incomplete: workedOn (the date worked) is missing; participants: at least 1 participant needed, 0 given; activities: at least 1 activity needed, 0 given; content: at least 20 characters needed, 0 given; photos: at least 1 photo needed, 0 given',
      );
    }
    expect(await sqlRow(store, 'select count(*) as n from weekly_reports')).toEqual({ n: 0 });
    expect(await sqlRow(store, 'select count(*) as n from audit_events')).toEqual({ n: 0 });
  });

  it('refuses a report without a photo, as JSON or multipart', async () => {
    const { app, store } = await tinyApp(undefined, photoDir());
    const cookie = await loginAs(app, 'reporter-u1');
    for (const photos of [null, []]) {
      const res = await sendReport(app, cookie, complete('G1'), photos);
      expect(res.status).toBe(422);
      const { error } = await refusal<ReportIncompleteDetails>(res);
      expect(error.details.missing).toEqual(['photos']);
      expect(error.message).toBe('the report is incomplete: photos: at least 1 photo needed, 0 given');
    }
    expect(await sqlRow(store, 'select count(*) as n from weekly_reports')).toEqual({ n: 0 });
  });

  it('refuses a short summary, counting characters rather than bytes, and writes no photo file', async () => {
    const dir = photoDir();
    const { app, store } = await tinyApp(undefined, dir);
    const cookie = await loginAs(app, 'reporter-u1');
    // 19 characters are 57 bytes of UTF-8: a byte count would let it through
    const res = await sendReport(app, cookie, complete('G1', { content: SUMMARY.slice(0, 19) }), [png(1)]);
    expect(res.status).toBe(422);
    const { error } = await refusal<ReportIncompleteDetails>(res);
    expect(error.details.missing).toEqual(['content']);
    expect(error.details.issues).toEqual([{ field: 'content', problem: 'too_few', need: 20, have: 19 }]);
    expect(readdirSync(dir)).toEqual([]);
    expect(await sqlRow(store, 'select count(*) as n from photos')).toEqual({ n: 0 });
  });

  it('refuses a date worked outside the week (Friday to Thursday) or after today', async () => {
    // Wednesday 2026-11-25: the week's Thursday (11-26) is still to come
    const { app, store } = await tinyApp('2026-11-25T10:00:00+08:00', photoDir());
    const cookie = await loginAs(app, 'reporter-u1');
    const cases: [string, unknown][] = [
      ['2026-11-19', { field: 'workedOn', problem: 'outside_week', value: '2026-11-19', from: '2026-11-20', to: '2026-11-26' }],
      ['2026-11-27', { field: 'workedOn', problem: 'outside_week', value: '2026-11-27', from: '2026-11-20', to: '2026-11-26' }],
      ['2026-11-26', { field: 'workedOn', problem: 'future', value: '2026-11-26', today: '2026-11-25' }],
      ['26/11/2026', { field: 'workedOn', problem: 'invalid', value: '26/11/2026' }],
    ];
    for (const [workedOn, issue] of cases) {
      const res = await sendReport(app, cookie, complete('G1', { workedOn }), [png(1)]);
      expect(res.status, workedOn).toBe(422);
      const { error } = await refusal<ReportIncompleteDetails>(res);
      expect(error.details).toMatchObject({ missing: ['workedOn'], issues: [issue] });
    }
    expect(await sqlRow(store, 'select count(*) as n from weekly_reports')).toEqual({ n: 0 });
    expect((await sendReport(app, cookie, complete('G1', { workedOn: '2026-11-25' }), [png(1)])).status).toBe(201);
  });

  it('refuses a photo already attached to another report, naming that report’s week and grid, and stores nothing', async () => {
    const dir = photoDir();
    const { app, store } = await tinyApp(undefined, dir);
    const u2 = await loginAs(app, 'reporter-u2');
    expect((await sendReport(app, u2, complete('G2'), [png(7)])).status).toBe(201);
    const u1 = await loginAs(app, 'reporter-u1');
    const res = await sendReport(app, u1, complete('G1'), [png(8), png(7)]);
    expect(res.status).toBe(422);
    const { error } = await refusal<PhotoRefusalDetails>(res);
    expect(error.code).toBe('photo_reused');
    expect(error.message).toBe('photo "photo-2.png" is already attached to the report of week 2026-11-20 for grid 999999001001002 (甲社区第2网格): a report needs photos taken for it');
    expect(error.details).toMatchObject({ photo: 'photo-2.png', report: { week: WEEK, gridId: 'G2', gridCode: '999999001001002', unitId: 'U2' } });
    expect(await sqlRow(store, 'select count(*) as n from weekly_reports')).toEqual({ n: 1 });
    expect(await sqlRow(store, 'select count(*) as n from photos')).toEqual({ n: 1 });
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('refuses the same photo twice in one submission, non-images, oversized photos and more than nine', async () => {
    const dir = photoDir();
    const { app, store } = await tinyApp(undefined, dir);
    const cookie = await loginAs(app, 'reporter-u1');
    const twice = await sendReport(app, cookie, complete('G1'), [png(1), png(2), png(1)]);
    expect(twice.status).toBe(422);
    expect(await errorOf(twice)).toMatchObject({ code: 'photo_duplicate', message: 'photo "photo-3.png" is the same picture as "photo-1.png": send each photo once' });
    const text = await sendReport(app, cookie, complete('G1'), [png(1), new TextEncoder().encode('<script>alert(1)</script>')]);
    expect(text.status).toBe(415);
    expect((await errorOf(text)).message).toBe('photo "photo-2.png" is not a JPEG, PNG or WebP image');
    const big = await sendReport(app, cookie, complete('G1'), [png(1, 5 * 1024 * 1024 + 1)]);
    expect(big.status).toBe(413);
    expect((await errorOf(big)).message).toBe('photo "photo-1.png" is 5.0 MB; the limit is 5 MB');
    const ten = await sendReport(app, cookie, complete('G1'), Array.from({ length: 10 }, (_, i) => png(i)));
    expect(ten.status).toBe(400);
    expect(await errorOf(ten)).toMatchObject({ code: 'too_many_photos', message: 'a report has at most 9 photos; 10 were sent' });
    expect(readdirSync(dir)).toEqual([]);
    expect(await sqlRow(store, 'select count(*) as n from weekly_reports')).toEqual({ n: 0 });
    expect((await sendReport(app, cookie, complete('G1'), Array.from({ length: 9 }, (_, i) => png(i)))).status).toBe(201);
    expect(readdirSync(dir)).toHaveLength(9);
  });

  it('refuses a multipart body without "data", or with a field it does not know', async () => {
    const { app } = await tinyApp(undefined, photoDir());
    const cookie = await loginAs(app, 'reporter-u1');
    const form = new FormData();
    form.append('photo', new Blob([png(1) as Uint8Array<ArrayBuffer>]), 'a.png');
    const noData = await app.request('/api/reports', { method: 'POST', headers: { cookie }, body: form });
    expect(noData.status).toBe(400);
    expect((await errorOf(noData)).message).toBe('send the JSON in exactly one form field "data" (0 sent)');
    form.append('data', JSON.stringify(complete('G1')));
    form.append('photos', new Blob([png(2) as Uint8Array<ArrayBuffer>]), 'b.png');
    const misspelt = await app.request('/api/reports', { method: 'POST', headers: { cookie }, body: form });
    expect(misspelt.status).toBe(400);
    expect((await errorOf(misspelt)).message).toBe('unknown form field "photos": send the JSON in "data" and each file in "photo"');
    const badJson = new FormData();
    badJson.append('data', '{gridId:');
    expect((await errorOf(await app.request('/api/reports', { method: 'POST', headers: { cookie }, body: badJson }))).message).toBe('form field "data" is not valid JSON');
  });

  it('refuses a submission before the week opens, saying when it opens', async () => {
    const { app } = await tinyApp('2026-11-20T15:59:59+08:00', photoDir());
    const res = await sendReport(app, await loginAs(app, 'reporter-u1'), complete('G1'), [png(1)]);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toBe('reports for week 2026-11-20 open on Friday 2026-11-20 16:00 (Asia/Shanghai)');
  });

  it('refuses grids the unit does not hold, unknown grids and bad fields, writing nothing', async () => {
    const { app, store } = await tinyApp(undefined, photoDir());
    const cookie = await loginAs(app, 'reporter-u1');
    const cases: [unknown, number, string][] = [
      [complete('G3'), 403, '甲局 does not hold grid 999999002001001'],
      [complete('NOPE'), 404, 'grid "NOPE" does not exist'],
      [{ ...complete('G1'), week: '2026-11-21' }, 400, 'is a Saturday'],
      [{ gridId: 'G1' }, 400, 'week is required'],
      [{ week: WEEK }, 400, 'gridId is required'],
      [complete('G1', { participants: 'many' as never }), 400, 'participants must be a number'],
      [complete('G1', { activities: ['跳舞' as never] }), 400, 'activities has unknown values: 跳舞'],
      [complete('G1', { problemsFound: 1, problemsFixed: 2 }), 400, 'cannot exceed'],
      [{ ...complete('G1'), unitId: 'U3' }, 400, 'own unit only'],
      [complete('G1', { removePhotos: 'all' as never }), 400, 'removePhotos must be a list of strings'],
    ];
    for (const [body, status, message] of cases) {
      const res = await sendReport(app, cookie, body, [png(1)]);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect((await errorOf(res)).message).toContain(message);
    }
    expect(await sqlRow(store, 'select count(*) as n from weekly_reports')).toEqual({ n: 0 });
  });

  it('lets only reporters and admins submit', async () => {
    const { app } = await tinyApp(undefined, photoDir());
    expect((await sendReport(app, null, complete('G1'), [png(1)])).status).toBe(401);
    for (const role of ['planner', 'leader', 'inspector']) {
      const res = await sendReport(app, await loginAs(app, role), complete('G1'), [png(1)]);
      expect(res.status, role).toBe(403);
    }
    const admin = await loginAs(app, 'admin');
    expect((await sendReport(app, admin, complete('G1'), [png(1)])).status).toBe(400);
    expect((await sendReport(app, admin, { ...complete('G1'), unitId: 'U2' }, [png(1)])).status).toBe(201);
  });

  it('lists a reporter only its own unit’s reports, each with its photos', async () => {
    const { app } = await tinyApp(undefined, photoDir());
    const u1 = await loginAs(app, 'reporter-u1');
    const u2 = await loginAs(app, 'reporter-u2');
    await sendReport(app, u1, complete('G1'), [png(1), png(2)]);
    await sendReport(app, u2, complete('G1'), [png(3)]);
    const mine = (await (await app.request(`/api/reports?week=${WEEK}`, { headers: { cookie: u1 } })).json()) as ReportResponse[];
    expect(mine.map((r) => [r.unitId, r.photos.length])).toEqual([['U1', 2]]);
    const all = (await (await app.request(`/api/reports?week=${WEEK}`, { headers: { cookie: await loginAs(app, 'leader') } })).json()) as ReportResponse[];
    expect(all.map((r) => [r.unitId, r.photos.length])).toEqual([['U1', 2], ['U2', 1]]);
  });
});
