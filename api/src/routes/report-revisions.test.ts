import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReportHistoryResponse, ReportResponse, StatusResponse } from '@wangge/geodata';
import { createApp } from '../app.ts';
import { errorOf, jsonOf, loginAs, sqlRow, sqlRows, tinyApp } from '../test/fixture.ts';
import { SUMMARY, complete, png, sendReport } from '../test/reports.ts';

const WEEK = '2026-11-20';
const photoDir = () => mkdtempSync(join(tmpdir(), 'wangge-revisions-'));

/** The tiny county with a clock the test moves. */
async function movingApp(iso: string, dir: string) {
  const { store } = await tinyApp(iso, dir);
  let now = Date.parse(iso);
  const app = createApp({ store, clock: () => now, photoDir: dir });
  return { store, app, setNow: (to: string) => void (now = Date.parse(to)) };
}

describe('report revisions', () => {
  it('keeps every version whole, with the photos each had, and answers the history oldest first', async () => {
    const dir = photoDir();
    const { app, store } = await tinyApp('2026-11-23T11:00:00+08:00', dir);
    const cookie = await loginAs(app, 'reporter-u3');
    const v1 = (await (await sendReport(app, cookie, complete('G3', { content: `${SUMMARY}一` }), [png(1), png(2)])).json()) as ReportResponse;
    const [a, b] = v1.photos.map((p) => p.id);
    const res2 = await sendReport(app, cookie, complete('G3', { revision: 1, removePhotos: [a], content: `${SUMMARY}二` }), [png(3)]);
    expect(res2.status).toBe(200);
    const v2 = (await res2.json()) as ReportResponse;
    const c = v2.photos[1].id;
    expect(v2.photos.map((p) => p.id)).toEqual([b, c]);
    // an edit without new photos may come as JSON; the photos are kept
    const res3 = await sendReport(app, cookie, complete('G3', { revision: 2, participants: 9, content: `${SUMMARY}三` }), null);
    expect(res3.status).toBe(200);
    expect(((await res3.json()) as ReportResponse).photos.map((p) => p.id)).toEqual([b, c]);

    const history = (await (await app.request(`/api/reports/${v1.id}/revisions`, { headers: { cookie } })).json()) as ReportHistoryResponse;
    expect(history).toMatchObject({ id: v1.id, unitId: 'U3', gridId: 'G3', week: WEEK, dueAt: '2026-11-23T04:00:00.000Z', status: 'on_time' });
    expect(history.versions.map((v) => [v.revision, v.content, v.participants, v.photos?.map((p) => p.id), v.counted, v.late, v.madeBy])).toEqual([
      [1, `${SUMMARY}一`, 4, [a, b], true, false, 'reporter-u3'],
      [2, `${SUMMARY}二`, 4, [b, c], false, false, 'reporter-u3'],
      [3, `${SUMMARY}三`, 9, [b, c], false, false, 'reporter-u3'],
    ]);
    expect(history.versions.every((v) => v.requirements?.minPhotos === 1)).toBe(true);
    // another unit's reporter may not read them
    const other = await app.request(`/api/reports/${v1.id}/revisions`, { headers: { cookie: await loginAs(app, 'reporter-u1') } });
    expect(other.status).toBe(403);
    expect((await errorOf(other)).code).toBe('forbidden');
    // the removed photo is still stored: version 1 shows it
    expect(readdirSync(dir)).toHaveLength(3);
    const kept = await sqlRows<{ revision: number; data: unknown }>(store, 'select revision, data from report_revisions order by revision');
    expect(kept.map((k) => [k.revision, (jsonOf(k.data) as { photoIds: string[] }).photoIds])).toEqual([
      [1, [a, b]],
      [2, [b, c]],
    ]);
  });

  it('marks a revision made after the deadline late, while the first version still decides the status', async () => {
    const { app, setNow } = await movingApp('2026-11-23T11:00:00+08:00', photoDir());
    const cookie = await loginAs(app, 'reporter-u3');
    const first = (await (await sendReport(app, cookie, complete('G3'), [png(1)])).json()) as ReportResponse;
    expect(first).toMatchObject({ status: 'on_time', revisedAfterDue: false });
    setNow('2026-11-23T12:00:01+08:00');
    const second = await sendReport(app, cookie, complete('G3', { revision: 1, participants: 5 }), null);
    expect(second.status).toBe(200);
    expect(await second.json()).toMatchObject({ revision: 2, status: 'on_time', revisedAfterDue: true, submittedAt: '2026-11-23T03:00:00.000Z', updatedAt: '2026-11-23T04:00:01.000Z' });
    const history = (await (await app.request(`/api/reports/${first.id}/revisions`, { headers: { cookie } })).json()) as ReportHistoryResponse;
    expect(history.versions.map((v) => [v.revision, v.late, v.counted])).toEqual([
      [1, false, true],
      [2, true, false],
    ]);
    const status = (await (await app.request(`/api/status?week=${WEEK}`)).json()) as StatusResponse;
    expect(status.grids.find((g) => g.gridId === 'G3')!.units).toEqual([
      { unitId: 'U3', unitName: '市场监管局', status: 'on_time', submittedAt: '2026-11-23T03:00:00.000Z', revisions: 2, revisedAfterDue: true },
    ]);
    const panel = (await (await app.request(`/api/grids/G3?week=${WEEK}`)).json()) as { status: { units: unknown[] } };
    expect(panel.status.units).toMatchObject([{ unitId: 'U3', revisions: 2, revisedAfterDue: true }]);
    // a unit that has not reported has no versions
    const g2 = status.grids.find((g) => g.gridId === 'G2')!.units[0];
    expect(g2).toMatchObject({ revisions: 0, revisedAfterDue: false });
  });

  it('refuses an edit without the revision it is based on, or a stale one, with 409', async () => {
    const { app, store, setNow } = await movingApp('2026-11-23T11:00:00+08:00', photoDir());
    const cookie = await loginAs(app, 'reporter-u3');
    expect((await sendReport(app, cookie, complete('G3'), [png(1)])).status).toBe(201);
    const blind = await sendReport(app, cookie, complete('G3', { participants: 8 }), null);
    expect(blind.status).toBe(409);
    expect(await errorOf(blind)).toEqual({ code: 'report_exists', message: "市场监管局's report for grid 999999002001001 in week 2026-11-20 was already submitted (now revision 1); to change it, send revision: 1" });
    expect((await sendReport(app, cookie, complete('G3', { revision: 1, participants: 6 }), null)).status).toBe(200);
    // a second reporter still holding revision 1 loses to the first
    const stale = await sendReport(app, cookie, complete('G3', { revision: 1, participants: 7 }), null);
    expect(stale.status).toBe(409);
    expect(await errorOf(stale)).toEqual({ code: 'stale_revision', message: 'this report was changed since revision 1 (now revision 2); reload it before editing' });
    setNow('2026-11-27T17:00:00+08:00');
    const none = await sendReport(app, await loginAs(app, 'reporter-u3'), complete('G3', { week: '2026-11-27', workedOn: '2026-11-27', revision: 1 }), [png(2)]);
    expect(none.status).toBe(409);
    expect((await errorOf(none)).message).toBe("市场监管局's report for grid 999999002001001 in week 2026-11-27 has not been submitted yet: there is no revision 1 to change; leave out revision");
    expect(await sqlRow(store, 'select revision, participants from weekly_reports')).toEqual({ revision: 2, participants: 6 });
  });

  it('answers two first submissions at once with one 201 and one 409, keeping the loser’s photo off disk', async () => {
    const dir = photoDir();
    const { app, store } = await tinyApp('2026-11-23T11:00:00+08:00', dir);
    const cookie = await loginAs(app, 'reporter-u3');
    const [x, y] = await Promise.all([sendReport(app, cookie, complete('G3', { participants: 2 }), [png(1)]), sendReport(app, cookie, complete('G3', { participants: 3 }), [png(2)])]);
    expect([x.status, y.status].sort()).toEqual([201, 409]);
    const lost = x.status === 409 ? x : y;
    expect((await errorOf(lost)).code).toBe('report_exists');
    expect(await sqlRow(store, 'select count(*) as n from weekly_reports')).toEqual({ n: 1 });
    expect(await sqlRow(store, 'select count(*) as n from report_revisions')).toEqual({ n: 0 });
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('checks a revision against the requirements in force and the photos it keeps', async () => {
    const { app } = await tinyApp('2026-11-23T11:00:00+08:00', photoDir());
    const cookie = await loginAs(app, 'reporter-u3');
    const v1 = (await (await sendReport(app, cookie, complete('G3'), [png(1)])).json()) as ReportResponse;
    const bare = await sendReport(app, cookie, complete('G3', { revision: 1, removePhotos: [v1.photos[0].id] }), null);
    expect(bare.status).toBe(422);
    expect(await errorOf(bare)).toMatchObject({ code: 'report_incomplete', message: 'the report is incomplete: photos: at least 1 photo needed, 0 given' });
    const unknown = await sendReport(app, cookie, complete('G3', { revision: 1, removePhotos: ['nope'] }), null);
    expect(unknown.status).toBe(400);
    expect((await errorOf(unknown)).message).toBe("removePhotos names photos the report's current version does not have: nope");
    // its own photo sent again is no new picture
    const again = await sendReport(app, cookie, complete('G3', { revision: 1 }), [png(1)]);
    expect(again.status).toBe(422);
    expect(await errorOf(again)).toMatchObject({ code: 'photo_duplicate', message: 'photo "photo-1.png" is already attached to this report' });
    // … but one removed by an earlier version may come back
    const swap = (await (await sendReport(app, cookie, complete('G3', { revision: 1, removePhotos: [v1.photos[0].id] }), [png(2)])).json()) as ReportResponse;
    const back = await sendReport(app, cookie, complete('G3', { revision: 2 }), [png(1)]);
    expect(back.status).toBe(200);
    expect(((await back.json()) as ReportResponse).photos.map((p) => p.id)).toEqual([swap.photos[0].id, v1.photos[0].id]);
  });

  it('shows a report’s history to its unit and the staff, not to other units', async () => {
    const { app } = await tinyApp('2026-11-23T11:00:00+08:00', photoDir());
    const u3 = await loginAs(app, 'reporter-u3');
    const { id } = (await (await sendReport(app, u3, complete('G3'), [png(1)])).json()) as ReportResponse;
    const status = async (cookie: string | null) => (await app.request(`/api/reports/${id}/revisions`, { headers: cookie ? { cookie } : {} })).status;
    expect(await status(null)).toBe(401);
    expect(await status(await loginAs(app, 'reporter-u1'))).toBe(403);
    for (const who of ['leader', 'inspector', 'planner', 'admin']) expect(await status(await loginAs(app, who)), who).toBe(200);
    expect((await app.request('/api/reports/999/revisions', { headers: { cookie: u3 } })).status).toBe(404);
  });
});
