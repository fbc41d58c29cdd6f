import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProblemDetailResponse, ReportResponse } from '@wangge/geodata';
import { errorOf, loginAs, sqlRow, tinyApp } from '../test/fixture.ts';
import { sendJson } from '../test/problem-steps.ts';
import { complete, png, sendReport } from '../test/reports.ts';

const FIRST = '0b8f3c1e-6d2a-4f7b-9c55-2e1d7a9b4c01';
const SECOND = '7c2d9e4f-1a3b-4c5d-8e6f-0a1b2c3d4e5f';
const filing = (clientId?: string) => ({ lon: 100.002, lat: 30.005, category: '环境卫生', description: '绿化带垃圾', ...(clientId && { clientId }) });
const count = async (store: Awaited<ReturnType<typeof tinyApp>>['store'], sql: string) => Number((await sqlRow<{ n: number | string }>(store, sql))?.n);

describe('writes sent again with the same clientId (an offline queue retrying after a lost answer)', () => {
  it('files a problem once: the repeat answers the first result, says it is a repeat, and stores nothing new', async () => {
    const { app, store } = await tinyApp();
    const inspector = await loginAs(app, 'inspector');
    const problems = await count(store, 'select count(*) as n from problems');
    const audited = await count(store, `select count(*) as n from audit_events where entity = 'problem'`);
    const first = await sendJson(app, 'POST', '/api/problems', inspector, filing(FIRST));
    expect(first.status).toBe(201);
    expect(first.headers.get('client-write')).toBeNull();
    const body = (await first.json()) as ProblemDetailResponse;
    const again = await sendJson(app, 'POST', '/api/problems', inspector, filing(FIRST.toUpperCase()));
    expect(again.status).toBe(201);
    expect(again.headers.get('client-write')).toBe('repeat');
    expect(await again.json()).toEqual(body);
    expect(await count(store, 'select count(*) as n from problems')).toBe(problems + 1);
    expect(await count(store, `select count(*) as n from audit_events where entity = 'problem'`)).toBe(audited + 1);
    // another id is another problem
    expect((await sendJson(app, 'POST', '/api/problems', inspector, filing(SECOND))).status).toBe(201);
    expect(await count(store, 'select count(*) as n from problems')).toBe(problems + 2);
  });

  it('keeps each user’s ids apart: the same id from another account is its own write', async () => {
    const { app, store } = await tinyApp();
    const inspector = await loginAs(app, 'inspector');
    const reporter = await loginAs(app, 'reporter-u1');
    const problems = await count(store, 'select count(*) as n from problems');
    const a = (await (await sendJson(app, 'POST', '/api/problems', inspector, filing(FIRST))).json()) as ProblemDetailResponse;
    const b = await sendJson(app, 'POST', '/api/problems', reporter, filing(FIRST));
    expect(b.status).toBe(201);
    expect(b.headers.get('client-write')).toBeNull();
    expect(((await b.json()) as ProblemDetailResponse).id).not.toBe(a.id);
    expect(await count(store, 'select count(*) as n from problems')).toBe(problems + 2);
  });

  it('files once when both copies arrive at the same moment', async () => {
    const { app, store } = await tinyApp();
    const inspector = await loginAs(app, 'inspector');
    const problems = await count(store, 'select count(*) as n from problems');
    const answers = await Promise.all([1, 2, 3].map(() => sendJson(app, 'POST', '/api/problems', inspector, filing(FIRST))));
    expect(answers.map((r) => r.status)).toEqual([201, 201, 201]);
    const ids = await Promise.all(answers.map(async (r) => ((await r.json()) as ProblemDetailResponse).id));
    expect(new Set(ids).size).toBe(1);
    expect(answers.filter((r) => r.headers.get('client-write') === 'repeat')).toHaveLength(2);
    expect(await count(store, 'select count(*) as n from problems')).toBe(problems + 1);
  });

  it('takes a workflow step once: the repeat answers the step already taken instead of taking it again', async () => {
    const { app, store } = await tinyApp();
    const inspector = await loginAs(app, 'inspector');
    const { id } = (await (await sendJson(app, 'POST', '/api/problems', inspector, filing())).json()) as ProblemDetailResponse;
    const assign = { status: 'assigned', ownerUnitId: 'U1', clientId: SECOND };
    const first = await sendJson(app, 'PATCH', `/api/problems/${id}`, inspector, assign);
    expect(first.status).toBe(200);
    const again = await sendJson(app, 'PATCH', `/api/problems/${id}`, inspector, assign);
    expect(again.status).toBe(200);
    expect(again.headers.get('client-write')).toBe('repeat');
    expect(await again.json()).toEqual(await first.json());
    expect(await count(store, `select count(*) as n from problem_events where problem_id = '${id}' and action = 'assign'`)).toBe(1);
    // without an id the same body is a new request: a second step
    const steps = await count(store, `select count(*) as n from problem_events where problem_id = '${id}'`);
    const { clientId: _, ...plain } = assign;
    expect((await sendJson(app, 'PATCH', `/api/problems/${id}`, inspector, plain)).status).toBe(200);
    expect(await count(store, `select count(*) as n from problem_events where problem_id = '${id}'`)).toBe(steps + 1);
  });

  it('submits a weekly report once, its photo stored once, instead of answering 409 report_exists', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wangge-client-writes-'));
    const { app, store } = await tinyApp('2026-11-23T11:00:00+08:00', dir);
    const cookie = await loginAs(app, 'reporter-u2');
    const data = { ...complete('G2'), clientId: FIRST };
    const first = await sendReport(app, cookie, data, [png(1)]);
    expect(first.status).toBe(201);
    const report = (await first.json()) as ReportResponse;
    const again = await sendReport(app, cookie, data, [png(1)]);
    expect(again.status).toBe(201);
    expect(again.headers.get('client-write')).toBe('repeat');
    expect(((await again.json()) as ReportResponse).revision).toBe(report.revision);
    expect(await count(store, 'select count(*) as n from weekly_reports')).toBe(1);
    expect(await count(store, 'select count(*) as n from report_revisions')).toBe(0);
    expect(await count(store, 'select count(*) as n from photos')).toBe(1);
    expect(readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.png'))).toHaveLength(1);
  });

  it('stores nothing for a write that failed, so its retry is a first attempt', async () => {
    const { app, store } = await tinyApp();
    const inspector = await loginAs(app, 'inspector');
    const { id } = (await (await sendJson(app, 'POST', '/api/problems', inspector, filing())).json()) as ProblemDetailResponse;
    const refused = await sendJson(app, 'PATCH', `/api/problems/${id}`, inspector, { status: 'assigned', ownerUnitId: 'U9', clientId: FIRST });
    expect(refused.status).toBe(400);
    expect(await count(store, 'select count(*) as n from client_writes')).toBe(0);
    const fixed = await sendJson(app, 'PATCH', `/api/problems/${id}`, inspector, { status: 'assigned', ownerUnitId: 'U1', clientId: FIRST });
    expect(fixed.status).toBe(200);
    expect(fixed.headers.get('client-write')).toBeNull();
  });

  it('refuses an id that is not a UUID, or one already used for another kind of write, naming it', async () => {
    const { app, store } = await tinyApp();
    const inspector = await loginAs(app, 'inspector');
    const problems = await count(store, 'select count(*) as n from problems');
    const bad = await sendJson(app, 'POST', '/api/problems', inspector, filing('offline-1'));
    expect(bad.status).toBe(400);
    expect(await errorOf(bad)).toMatchObject({ code: 'bad_field', details: { field: 'clientId' } });
    expect(await count(store, 'select count(*) as n from problems')).toBe(problems);
    const { id } = (await (await sendJson(app, 'POST', '/api/problems', inspector, filing(FIRST))).json()) as ProblemDetailResponse;
    const reused = await sendJson(app, 'PATCH', `/api/problems/${id}`, inspector, { status: 'assigned', ownerUnitId: 'U1', clientId: FIRST });
    expect(reused.status).toBe(409);
    expect(await errorOf(reused)).toMatchObject({ code: 'client_id_reused', details: { action: 'problem.file' } });
    expect(await count(store, `select count(*) as n from problem_events where problem_id = '${id}'`)).toBe(1);
  });
});
