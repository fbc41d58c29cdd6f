import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loginAs, rect, tinyApp } from '../test/fixture.ts';
import { complete, png, sendReport } from '../test/reports.ts';

const ROLES = ['anonymous', 'admin', 'planner', 'leader', 'inspector', 'reporter-u1'] as const;
type Who = (typeof ROLES)[number];
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

interface WriteRoute {
  name: string;
  method: string;
  path: string;
  /** none for a read */
  body?: () => string | FormData;
  json?: boolean;
  /** what must exist first (the tiny county has no reports) */
  setup?: (app: Awaited<ReturnType<typeof tinyApp>>['app']) => Promise<void>;
  /** the status each caller gets on the tiny county (fresh database per call) */
  expect: Record<Who, number>;
}

const json = (v: unknown) => () => JSON.stringify(v);
/** A complete report of U1 for G1 with one photo, as the web form sends it. */
const report = () => {
  const form = new FormData();
  form.append('data', JSON.stringify(complete('G1', { unitId: 'U1' })));
  form.append('photo', new Blob([png(1) as Uint8Array<ArrayBuffer>]), 'x.png');
  return form;
};
const photo = () => {
  const form = new FormData();
  form.append('photo', new Blob([PNG]), 'x.png');
  return form;
};

/**
 * Every write route (and every read kept to some roles) against every role: 401 without a session,
 * 403 for a role the route does not allow, and for allowed roles the route's real answer on valid input.
 */
const ROUTES: WriteRoute[] = [
  { name: 'mark an exempt week', method: 'POST', path: '/api/exempt-weeks', body: json({ week: '2026-11-20', reason: '春节' }), json: true, expect: { anonymous: 401, admin: 201, planner: 403, leader: 403, inspector: 403, 'reporter-u1': 403 } },
  { name: 'unmark an exempt week', method: 'DELETE', path: '/api/exempt-weeks/2026-11-20', body: json({}), json: true, expect: { anonymous: 401, admin: 404, planner: 403, leader: 403, inspector: 403, 'reporter-u1': 403 } },
  { name: 'reshape a grid', method: 'PUT', path: '/api/grids/G2', body: json({ geometry: rect(100.005, 30, 100.01, 30.01), version: 1 }), json: true, expect: { anonymous: 401, admin: 200, planner: 200, leader: 403, inspector: 403, 'reporter-u1': 403 } },
  { name: 'save grids', method: 'POST', path: '/api/grids/batch', body: json({ update: [{ id: 'G2', version: 1, name: '新名' }] }), json: true, expect: { anonymous: 401, admin: 200, planner: 200, leader: 403, inspector: 403, 'reporter-u1': 403 } },
  { name: 'restore a grid', method: 'POST', path: '/api/grids/G2/restore', body: json({ toVersion: 1, version: 1 }), json: true, expect: { anonymous: 401, admin: 404, planner: 404, leader: 403, inspector: 403, 'reporter-u1': 403 } },
  { name: 'submit a report', method: 'POST', path: '/api/reports', body: report, expect: { anonymous: 401, admin: 201, planner: 403, leader: 403, inspector: 403, 'reporter-u1': 201 } },
  { name: 'read a report’s versions', method: 'GET', path: '/api/reports/1/revisions', setup: submitReport, expect: { anonymous: 401, admin: 200, planner: 200, leader: 200, inspector: 200, 'reporter-u1': 200 } },
  { name: 'set report requirements', method: 'PUT', path: '/api/report-requirements', body: json({ minPhotos: 2 }), json: true, expect: { anonymous: 401, admin: 200, planner: 403, leader: 403, inspector: 403, 'reporter-u1': 403 } },
  { name: 'set the close grace', method: 'PUT', path: '/api/close-grace-hours', body: json({ hours: 48 }), json: true, expect: { anonymous: 401, admin: 200, planner: 403, leader: 403, inspector: 403, 'reporter-u1': 403 } },
  { name: 'file a problem', method: 'POST', path: '/api/problems', body: json({ lon: 100.015, lat: 30.005, category: '环境卫生', description: '垃圾' }), json: true, expect: { anonymous: 401, admin: 201, planner: 201, leader: 201, inspector: 201, 'reporter-u1': 201 } },
  { name: 'assign a problem', method: 'PATCH', path: '/api/problems/PR1', body: json({ status: 'assigned', ownerUnitId: 'U1' }), json: true, expect: { anonymous: 401, admin: 200, planner: 403, leader: 403, inspector: 200, 'reporter-u1': 403 } },
  // PR1 is routed to U1 and U2 and was filed by nobody (seeded)
  { name: 'add a note to a problem', method: 'PATCH', path: '/api/problems/PR1', body: json({ note: '已到现场' }), json: true, expect: { anonymous: 401, admin: 200, planner: 403, leader: 403, inspector: 200, 'reporter-u1': 200 } },
  // a photo documents a step its sender took: on the seeded PR1 only an admin (who may document any step) has one to document
  { name: 'add a problem photo', method: 'POST', path: '/api/problems/PR1/photos', body: photo, expect: { anonymous: 401, admin: 201, planner: 403, leader: 403, inspector: 409, 'reporter-u1': 409 } },
  { name: 'set problem deadlines', method: 'PUT', path: '/api/problem-deadlines', body: json({ 环境卫生: 12 }), json: true, expect: { anonymous: 401, admin: 200, planner: 403, leader: 403, inspector: 403, 'reporter-u1': 403 } },
  { name: 'read problem counts per week (leaders’ view)', method: 'GET', path: '/api/problems/stats?by=unit', expect: { anonymous: 401, admin: 200, planner: 200, leader: 200, inspector: 200, 'reporter-u1': 403 } },
];

/** Report 1: U1's for G1, week 2026-11-20. */
async function submitReport(app: Awaited<ReturnType<typeof tinyApp>>['app']) {
  const cookie = await loginAs(app, 'reporter-u1');
  const res = await sendReport(app, cookie, complete('G1'), [png(1)]);
  if (res.status !== 201) throw new Error(`setup: report not stored (${res.status})`);
}

describe('who may write what', () => {
  for (const route of ROUTES) {
    it(`${route.name}: ${route.method} ${route.path}`, async () => {
      const got: Partial<Record<Who, number>> = {};
      for (const who of ROLES) {
        const { app } = await tinyApp(undefined, mkdtempSync(join(tmpdir(), 'wangge-perm-')));
        await route.setup?.(app);
        const headers: Record<string, string> = route.json ? { 'content-type': 'application/json' } : {};
        if (who !== 'anonymous') headers.cookie = await loginAs(app, who);
        got[who] = (await app.request(route.path, { method: route.method, headers, body: route.body?.() })).status;
      }
      expect(got).toEqual(route.expect);
    });
  }
});
