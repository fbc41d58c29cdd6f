import { Hono, type Context } from 'hono';
import { currentWeek } from '@wangge/geodata';
import { guard, userOf, type AuthEnv } from '../auth/middleware.ts';
import { badRequest } from '../http/errors.ts';
import { jsonBody, requiredString } from '../http/body.ts';
import { requireWeek } from '../http/query.ts';
import { STATUS_ZH, formatMinutes, shanghaiTime } from '../export/labels.ts';
import { table } from '../export/table.ts';
import type { PlaceFilter } from '../services/accountability.ts';
import { overdueList, statusTable, trends } from '../services/figures.ts';
import { setCloseGraceHours } from '../services/deployment.ts';
import { refuseCountyBound } from '../services/counties.ts';
import { deleteExemptWeek, exemptWeeks, setExemptWeek } from '../services/exempt-weeks.ts';
import type { AppDeps } from './context.ts';

function placeFilter(c: Context): PlaceFilter {
  const q = c.req.query();
  return { streetOfficeId: q.streetOffice || undefined, communityId: q.community || undefined, areaId: q.area || undefined, unitId: q.unit || undefined };
}

/**
 * GET /overdue, /status-table, /trends (leaders, inspectors, planners, admins) ·
 * GET /exempt-weeks (anyone) · POST and DELETE /exempt-weeks (admins).
 */
export function accountabilityRoutes({ store, clock }: AppDeps) {
  const app = new Hono<AuthEnv>();

  app.get('/overdue', guard('overdue.read'), async (c) => {
    const week = requireWeek(c.req.query('week'));
    const now = clock();
    const body = await overdueList(store, week, now, placeFilter(c));
    const header = ['单位', '联系人', '联系电话', '网格编码', '网格', '社区', '街道', '片区', '状态', '逾期时长', '连续未报周数'];
    // the late and missing first, then (before the deadline) those still to report
    const cells = [...body.rows, ...body.pending].map((r) => [r.unitName, r.contactName, r.contactPhone, r.gridCode, r.gridName, r.communityName, r.streetOfficeName, r.areaName, STATUS_ZH[r.status], formatMinutes(r.lateByMinutes), r.missedRun]);
    return table(c, c.req.query('format'), `逾期未报_${week}`, header, cells, () => c.json(body));
  });

  app.get('/status-table', guard('overdue.read'), async (c) => {
    const week = requireWeek(c.req.query('week'));
    const rows = await statusTable(store, week, clock(), placeFilter(c));
    const header = ['网格编码', '网格', '社区', '街道', '片区', '单位', '状态', '报送时间'];
    const cells = rows.map(({ place: g, unit: u }) => [g.code, g.name, g.communityName, g.streetOfficeName, g.areaName, u.unitName, STATUS_ZH[u.status], shanghaiTime(u.submittedAt)]);
    return table(c, c.req.query('format'), `报送情况_${week}`, header, cells, () =>
      c.json(rows.map(({ gridId, place: g, unit: u }) => ({ gridId, gridCode: g.code, gridName: g.name, communityName: g.communityName, streetOfficeName: g.streetOfficeName, areaName: g.areaName, ...u }))),
    );
  });

  app.get('/trends', guard('trends.read'), async (c) => {
    const now = clock();
    const week = c.req.query('week') ? requireWeek(c.req.query('week')) : currentWeek(now);
    const count = Number(c.req.query('weeks') ?? 12);
    if (!Number.isInteger(count) || count < 1 || count > 52) throw badRequest('weeks must be a whole number from 1 to 52', 'bad_query');
    const by = c.req.query('by') ?? 'overall';
    if (by !== 'overall' && by !== 'streetOffice' && by !== 'area' && by !== 'unit') throw badRequest(`by "${by}" must be overall, streetOffice, area or unit`, 'bad_query');
    return c.json(await trends(store, week, count, by, now));
  });

  app.get('/exempt-weeks', async (c) => c.json(await exemptWeeks(store)));

  app.post('/exempt-weeks', guard('exempt.manage'), async (c) => {
    const user = userOf(c);
    refuseCountyBound(user.countyId, 'exempt weeks (holidays) hold for every county: a city-wide admin sets them');
    const body = await jsonBody(c);
    const week = requireWeek(typeof body.week === 'string' ? body.week : undefined);
    const reason = requiredString(body, 'reason', 200);
    return c.json(await setExemptWeek(store, week, reason, user.id, clock()), 201);
  });

  // how long after the Monday deadline late reports are taken before a week closes and freezes
  app.put('/close-grace-hours', guard('closure.manage'), async (c) => {
    const body = await jsonBody(c);
    return c.json({ closeGraceHours: await setCloseGraceHours(store, body.hours, userOf(c).id, clock()) });
  });

  app.delete('/exempt-weeks/:week', guard('exempt.manage'), async (c) => {
    refuseCountyBound(userOf(c).countyId, 'exempt weeks (holidays) hold for every county: a city-wide admin sets them');
    const week = requireWeek(c.req.param('week'));
    await deleteExemptWeek(store, week, userOf(c).id, clock());
    return c.json({ ok: true });
  });

  return app;
}
