import { Hono } from 'hono';
import { REPORT_ACTIVITIES } from '@wangge/geodata';
import { allow, userOf, type AuthEnv } from '../auth/middleware.ts';
import { badRequest } from '../http/errors.ts';
import { jsonBody, optionalNumber, optionalString, optionalStringList, requiredString } from '../http/body.ts';
import { requireWeek } from '../http/query.ts';
import { listReports, submitReport } from '../services/reports.ts';
import type { AppDeps } from './context.ts';

/**
 * POST /reports (reporter for its own unit's grids; admin for any unit, naming unitId) ·
 * GET /reports?week= (reporter: its unit's; leader, inspector, planner, admin: all).
 */
export function reportRoutes({ store, clock }: AppDeps) {
  const app = new Hono<AuthEnv>();

  app.post('/reports', allow('reporter', 'admin'), async (c) => {
    const user = userOf(c);
    const body = await jsonBody(c);
    const week = requireWeek(typeof body.week === 'string' ? body.week : body.week === undefined ? undefined : String(body.week));
    const gridId = requiredString(body, 'gridId', 100);
    let unitId = user.unitId;
    if (user.role === 'admin') unitId = requiredString(body, 'unitId', 100);
    else if (body.unitId !== undefined && body.unitId !== user.unitId) throw badRequest('a reporter submits for its own unit only; leave unitId out', 'bad_field');
    if (!unitId) throw badRequest('this account is not bound to a unit', 'no_unit');
    const now = clock();
    const { created, report } = await submitReport(
      store,
      {
        unitId,
        gridId,
        week,
        userId: user.id,
        baseRevision: optionalNumber(body, 'revision', { min: 1, integer: true }),
        workedOn: optionalString(body, 'workedOn', 40),
        participants: optionalNumber(body, 'participants', { min: 0, max: 1000, integer: true }),
        hours: optionalNumber(body, 'hours', { min: 0, max: 72 }),
        activities: optionalStringList(body, 'activities', REPORT_ACTIVITIES),
        problemsFound: optionalNumber(body, 'problemsFound', { min: 0, max: 10000, integer: true }),
        problemsFixed: optionalNumber(body, 'problemsFixed', { min: 0, max: 10000, integer: true }),
        content: optionalString(body, 'content', 5000),
      },
      now,
    );
    return c.json(report, created ? 201 : 200);
  });

  app.get('/reports', allow('reporter', 'admin', 'leader', 'inspector', 'planner'), async (c) => {
    const user = userOf(c);
    const week = requireWeek(c.req.query('week'));
    const unitFilter = user.role === 'reporter' ? [user.unitId ?? ''] : null;
    return c.json(await listReports(store, week, unitFilter, clock()));
  });

  return app;
}
