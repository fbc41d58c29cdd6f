import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { OverdueResponse, StatusResponse, TrendsResponse } from '@wangge/geodata';
import { errorOf, loginAs, storeReport, tinyApp } from '../test/fixture.ts';

const WEEK = '2026-11-20';

/**
 * Week 2026-11-20 (due Mon 2026-11-23 12:00), now Wed 2026-11-25 10:00:
 * U1/G1 on time, U2/G1 late by 2 h, U2/G2 missing (46 h late so far), U3/G3 missing.
 * The week before, U3 missed G3 too, so U3's run is 2 weeks; U2 reported G2 that week.
 */
async function scenario() {
  const ctx = await tinyApp('2026-11-25T10:00:00+08:00');
  const add = (unitId: string, gridId: string, week: string, iso: string) => storeReport(ctx.store, unitId, gridId, week, iso);
  await add('U1', 'G1', WEEK, '2026-11-21T10:00:00+08:00');
  await add('U2', 'G1', WEEK, '2026-11-23T14:00:00+08:00');
  await add('U1', 'G1', '2026-11-13', '2026-11-14T10:00:00+08:00');
  await add('U2', 'G1', '2026-11-13', '2026-11-14T10:00:00+08:00');
  await add('U2', 'G2', '2026-11-13', '2026-11-14T10:00:00+08:00');
  return ctx;
}

describe('the overdue list', () => {
  it('lists late and missing units with how late, contacts and missed runs', async () => {
    const { app } = await scenario();
    const cookie = await loginAs(app, 'inspector');
    const res = await app.request(`/api/overdue?week=${WEEK}`, { headers: { cookie } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as OverdueResponse;
    expect(body.rows.map((r) => [r.unitId, r.gridId, r.status, r.lateByMinutes, r.missedRun])).toEqual([
      ['U2', 'G2', 'missing', 46 * 60, 1],
      ['U3', 'G3', 'missing', 46 * 60, 2],
      // a late row has no run of missed weeks, though its unit missed another grid (G2) this week
      ['U2', 'G1', 'late', 120, 0],
    ]);
    expect(body.rows[0]).toMatchObject({ unitName: '乙局', contactName: '李四', contactPhone: '13800000002', communityName: '甲社区', streetOfficeName: '东街道', areaName: '第一片区' });
  });

  it('filters by street office, community, 片区 and unit', async () => {
    const { app } = await scenario();
    const cookie = await loginAs(app, 'leader');
    const ids = async (q: string) => ((await (await app.request(`/api/overdue?week=${WEEK}${q}`, { headers: { cookie } })).json()) as OverdueResponse).rows.map((r) => `${r.unitId}/${r.gridId}`);
    expect(await ids('&streetOffice=S2')).toEqual(['U3/G3']);
    expect(await ids('&community=C1')).toEqual(['U2/G2', 'U2/G1']);
    expect(await ids('&area=A1&unit=U2')).toEqual(['U2/G2', 'U2/G1']);
  });

  it('exports CSV and Excel with Chinese headers, respecting filters', async () => {
    const { app } = await scenario();
    const cookie = await loginAs(app, 'leader');
    const csv = await app.request(`/api/overdue?week=${WEEK}&format=csv&unit=U3`, { headers: { cookie } });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n')[0]).toBe('单位,联系人,联系电话,网格编码,网格,社区,街道,片区,状态,逾期时长,连续未报周数');
    expect(text.split('\r\n')[1]).toBe('市场监管局,王五,13800000003,999999002001001,乙社区第1网格,乙社区,西街道,第二片区,未报,1天22小时,2');
    expect(text.split('\r\n')).toHaveLength(3);
    const xlsx = await app.request(`/api/status-table?week=${WEEK}&format=xlsx`, { headers: { cookie } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const sheet = book.worksheets[0];
    const cells = sheet.getSheetValues().flat();
    expect(cells).toContain('网格编码');
    expect(sheet.rowCount).toBe(5);
    expect(cells).toContain('逾期');
  });

  it('is for staff only, and names a bad format', async () => {
    const { app } = await scenario();
    expect((await app.request(`/api/overdue?week=${WEEK}`)).status).toBe(401);
    expect((await app.request(`/api/overdue?week=${WEEK}`, { headers: { cookie: await loginAs(app, 'reporter-u1') } })).status).toBe(403);
    const bad = await app.request(`/api/overdue?week=${WEEK}&format=pdf`, { headers: { cookie: await loginAs(app, 'leader') } });
    expect((await errorOf(bad)).message).toBe('format "pdf" must be json, csv or xlsx');
  });
});

describe('trends', () => {
  it('computes the on-time share of due reports per week and ranks units', async () => {
    const { app } = await scenario();
    const cookie = await loginAs(app, 'leader');
    const get = async (q: string) => (await (await app.request(`/api/trends?week=${WEEK}&weeks=2${q}`, { headers: { cookie } })).json()) as TrendsResponse;
    const overall = await get('');
    expect(overall.weeks).toEqual(['2026-11-13', WEEK]);
    // 2026-11-13: 3 of 4 on time (U3/G3 missing); 2026-11-20: 1 of 4
    expect(overall.series).toEqual([{ key: 'all', name: '全部', rates: [0.75, 0.25], onTime: 4, due: 8 }]);
    const units = await get('&by=unit');
    expect(units.series.map((s) => [s.key, s.onTime, s.due])).toEqual([['U1', 2, 2], ['U2', 2, 4], ['U3', 0, 2]]);
  });

  it('counts nothing as due before the deployment\'s first week (nothing was due)', async () => {
    const { app } = await scenario();
    const cookie = await loginAs(app, 'leader');
    const res = await app.request(`/api/trends?week=${WEEK}&weeks=3`, { headers: { cookie } });
    const body = (await res.json()) as TrendsResponse;
    expect(body.weeks).toEqual(['2026-11-06', '2026-11-13', WEEK]);
    expect(body.series).toEqual([{ key: 'all', name: '全部', rates: [null, 0.75, 0.25], onTime: 4, due: 8 }]);
  });
});

describe('exempt weeks', () => {
  it('lets admins mark a holiday week, and the map shows it exempt', async () => {
    const { app } = await scenario();
    const post = (cookie: string) => app.request('/api/exempt-weeks', { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ week: WEEK, reason: '春节' }) });
    expect((await post(await loginAs(app, 'leader'))).status).toBe(403);
    const admin = await loginAs(app, 'admin');
    expect((await post(admin)).status).toBe(201);
    const status = (await (await app.request(`/api/status?week=${WEEK}`)).json()) as StatusResponse;
    expect(status.counts.exempt).toBe(3);
    expect((await app.request(`/api/exempt-weeks/${WEEK}`, { method: 'DELETE', headers: { cookie: admin } })).status).toBe(200);
    expect((await app.request(`/api/exempt-weeks/${WEEK}`, { method: 'DELETE', headers: { cookie: admin } })).status).toBe(404);
  });
});
