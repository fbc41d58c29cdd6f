import { Hono, type Context } from 'hono';
import { asc, eq } from 'drizzle-orm';
import { currentWeek, weekDueAt, type OverdueResponse } from '@wangge/geodata';
import * as t from '../db/schema.ts';
import { allow, userOf, type AuthEnv } from '../auth/middleware.ts';
import { badRequest, notFound } from '../http/errors.ts';
import { jsonBody, requiredString } from '../http/body.ts';
import { requireWeek } from '../http/query.ts';
import { STATUS_ZH, formatMinutes, shanghaiTime } from '../export/labels.ts';
import { table } from '../export/table.ts';
import { overdueRows, trends, type PlaceFilter } from '../services/accountability.ts';
import { allGrids, gridProps } from '../services/org.ts';
import { audit } from '../services/audit.ts';
import { gridStatuses } from '../services/status.ts';
import type { AppDeps } from './context.ts';

const STAFF = ['leader', 'inspector', 'admin', 'planner'] as const;

function placeFilter(c: Context): PlaceFilter {
  const q = c.req.query();
  return { streetOfficeId: q.streetOffice || undefined, communityId: q.community || undefined, areaId: q.area || undefined, unitId: q.unit || undefined };
}

/**
 * GET /overdue, /status-table, /trends (leaders, inspectors, planners, admins) ·
 * GET /exempt-weeks (anyone) · POST and DELETE /exempt-weeks (admins).
 */
export function accountabilityRoutes({ db, clock }: AppDeps) {
  const app = new Hono<AuthEnv>();

  app.get('/overdue', allow(...STAFF), (c) => {
    const week = requireWeek(c.req.query('week'));
    const now = clock();
    const rows = overdueRows(db, week, now, placeFilter(c));
    const header = ['单位', '联系人', '联系电话', '网格编码', '网格', '社区', '街道', '片区', '状态', '逾期时长', '连续未报周数'];
    const cells = rows.map((r) => [r.unitName, r.contactName, r.contactPhone, r.gridCode, r.gridName, r.communityName, r.streetOfficeName, r.areaName, STATUS_ZH[r.status], formatMinutes(r.lateByMinutes), r.missedRun]);
    const body: OverdueResponse = { week, dueAt: new Date(weekDueAt(week)).toISOString(), rows };
    return table(c, c.req.query('format'), `逾期未报_${week}`, header, cells, () => c.json(body));
  });

  app.get('/status-table', allow(...STAFF), (c) => {
    const week = requireWeek(c.req.query('week'));
    const f = placeFilter(c);
    const grids = new Map(gridProps(db, allGrids(db)).map((g) => [g.id, g]));
    const rows = gridStatuses(db, week, clock()).flatMap((gs) => {
      const g = grids.get(gs.gridId)!;
      if ((f.streetOfficeId && g.streetOfficeId !== f.streetOfficeId) || (f.communityId && g.communityId !== f.communityId) || (f.areaId && g.areaId !== f.areaId)) return [];
      return gs.units.filter((u) => !f.unitId || u.unitId === f.unitId).map((u) => ({ grid: g, unit: u }));
    });
    const header = ['网格编码', '网格', '社区', '街道', '片区', '单位', '状态', '报送时间'];
    const cells = rows.map(({ grid: g, unit: u }) => [g.code, g.name, g.communityName, g.streetOfficeName, g.areaName, u.unitName, STATUS_ZH[u.status], shanghaiTime(u.submittedAt)]);
    return table(c, c.req.query('format'), `报送情况_${week}`, header, cells, () =>
      c.json(rows.map(({ grid: g, unit: u }) => ({ gridId: g.id, gridCode: g.code, gridName: g.name, communityName: g.communityName, streetOfficeName: g.streetOfficeName, areaName: g.areaName, ...u }))),
    );
  });

  app.get('/trends', allow(...STAFF), (c) => {
    const now = clock();
    const week = c.req.query('week') ? requireWeek(c.req.query('week')) : currentWeek(now);
    const count = Number(c.req.query('weeks') ?? 12);
    if (!Number.isInteger(count) || count < 1 || count > 52) throw badRequest('weeks must be a whole number from 1 to 52', 'bad_query');
    const by = c.req.query('by') ?? 'overall';
    if (by !== 'overall' && by !== 'streetOffice' && by !== 'area' && by !== 'unit') throw badRequest(`by "${by}" must be overall, streetOffice, area or unit`, 'bad_query');
    return c.json(trends(db, week, count, by, now));
  });

  app.get('/exempt-weeks', (c) => c.json(db.select().from(t.exemptWeeks).orderBy(asc(t.exemptWeeks.week)).all()));

  app.post('/exempt-weeks', allow('admin'), async (c) => {
    const user = userOf(c);
    const body = await jsonBody(c);
    const week = requireWeek(typeof body.week === 'string' ? body.week : undefined);
    const reason = requiredString(body, 'reason', 200);
    const now = clock();
    const row = { week, reason, createdBy: user.id, createdAt: now };
    db.transaction((tx) => {
      tx.insert(t.exemptWeeks).values(row).onConflictDoUpdate({ target: t.exemptWeeks.week, set: { reason, createdBy: user.id, createdAt: now } }).run();
      audit(tx as never, { at: now, userId: user.id, entity: 'exempt_week', entityId: week, action: 'set', after: row });
    });
    return c.json(row, 201);
  });

  app.delete('/exempt-weeks/:week', allow('admin'), (c) => {
    const week = requireWeek(c.req.param('week'));
    const user = userOf(c);
    const existing = db.select().from(t.exemptWeeks).where(eq(t.exemptWeeks.week, week)).get();
    if (!existing) throw notFound(`week ${week} is not marked exempt`);
    db.transaction((tx) => {
      tx.delete(t.exemptWeeks).where(eq(t.exemptWeeks.week, week)).run();
      audit(tx as never, { at: clock(), userId: user.id, entity: 'exempt_week', entityId: week, action: 'delete', before: existing });
    });
    return c.json({ ok: true });
  });

  return app;
}
