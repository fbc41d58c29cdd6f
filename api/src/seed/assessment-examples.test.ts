import { describe, expect, it } from 'vitest';
import { dafang } from '@wangge/geodata/dafang';
import { ASSESSMENT_KIND_LIST, type AssessmentPointsResponse, type ChecklistsResponse, type RoundResponse } from '@wangge/geodata';
import { createApp } from '../app.ts';
import { fixedClock } from '../clock.ts';
import { demoPasswordHash, loginAs, sqlRow, testStore } from '../test/fixture.ts';
import { sendJson } from '../test/problem-steps.ts';
import { seedAssessmentExamples } from './assessment-examples.ts';
import { seedDataset } from './seed-dataset.ts';

const clock = fixedClock('2026-11-25T10:00:00+08:00');

describe('the illustrative assessment data of the Dafang seed', () => {
  it('puts two 示例 points inside each real grid and a checklist for every kind, once', async () => {
    const store = await testStore();
    await seedDataset(store, 'dafang', dafang, clock(), { historyWeeks: 0, demoPasswordHash });
    expect(await seedAssessmentExamples(store, 'dafang', clock())).toBe(60);
    expect(await seedAssessmentExamples(store, 'dafang', clock())).toBe(0);
    const app = createApp({ store, clock });
    const leader = await loginAs(app, 'leader');
    const points = (await (await app.request('/api/assessment/points', { headers: { cookie: leader } })).json()) as AssessmentPointsResponse;
    expect(points.features).toHaveLength(60);
    for (const f of points.features) {
      expect(f.properties.example).toBe(true);
      expect(f.properties.name.startsWith('示例·')).toBe(true);
      expect(f.properties.flagged).toBe(false);
    }
    // each grid holds the two made from it
    const grids = new Map(dafang.grids.features.map((g) => [g.properties.code, g.properties.id]));
    for (const f of points.features) expect(f.properties.gridId).toBe(grids.get(String(f.id).split('-')[1]));
    expect(new Set(points.features.map((f) => f.properties.kind))).toEqual(new Set(ASSESSMENT_KIND_LIST));
    const lists = (await (await app.request('/api/assessment/checklists', { headers: { cookie: leader } })).json()) as ChecklistsResponse;
    expect(lists.map((c) => c.kind)).toEqual(ASSESSMENT_KIND_LIST);
    expect(lists.every((c) => c.version === 1 && c.items.length >= 4 && c.items.some((i) => i.needsPhoto))).toBe(true);
    expect(Number((await sqlRow<{ n: number | string }>(store, `select count(*) as n from audit_events where entity = 'assessment_point'`))?.n)).toBe(60);
    // a round can be drawn from it straight away
    const admin = await loginAs(app, 'admin');
    const round = await sendJson(app, 'POST', '/api/assessment/rounds', admin, { name: '示例测评', from: '2026-11-30', to: '2026-12-04', perCommunity: 1, seed: 1 });
    expect(round.status).toBe(201);
    const body = (await round.json()) as RoundResponse;
    expect(body.sample.length).toBeGreaterThan(9);
    expect(body.sample.every((s) => s.inspectorId === 'inspector')).toBe(true);
  });
});
