import { describe, expect, it } from 'vitest';
import type { ProblemDetailResponse } from '@wangge/geodata';
import { errorOf, loginAs, sqlRow, tinyApp } from '../test/fixture.ts';
import { sendJson } from '../test/problem-steps.ts';

const filing = (extra: Record<string, unknown>) => ({ lon: 100.002, lat: 30.005, category: '环境卫生', description: '绿化带垃圾', ...extra });

describe('the accuracy of a filing’s location fix', () => {
  it('is stored with the problem and answered with it; a place picked on the map has none', async () => {
    const { app, store } = await tinyApp();
    const inspector = await loginAs(app, 'inspector');
    const fixed = await sendJson(app, 'POST', '/api/problems', inspector, filing({ accuracy: 12.5 }));
    expect(fixed.status).toBe(201);
    const body = (await fixed.json()) as ProblemDetailResponse;
    expect(body.accuracy).toBe(12.5);
    expect(await sqlRow(store, `select accuracy from problems where id = '${body.id}'`)).toEqual({ accuracy: 12.5 });
    const read = await app.request(`/api/problems/${body.id}`, { headers: { cookie: inspector } });
    expect(((await read.json()) as ProblemDetailResponse).accuracy).toBe(12.5);

    const picked = (await (await sendJson(app, 'POST', '/api/problems', inspector, filing({}))).json()) as ProblemDetailResponse;
    expect(picked.accuracy).toBeNull();
    const exact = (await (await sendJson(app, 'POST', '/api/problems', inspector, filing({ accuracy: 0 }))).json()) as ProblemDetailResponse;
    expect(exact.accuracy).toBe(0);
  });

  it('must be a number of metres from 0 (an emulated or surveyed fix) to 100 km', async () => {
    const { app } = await tinyApp();
    const inspector = await loginAs(app, 'inspector');
    for (const accuracy of [-3, '12', 100_001, true]) {
      const res = await sendJson(app, 'POST', '/api/problems', inspector, filing({ accuracy }));
      expect(res.status, String(accuracy)).toBe(400);
      expect(await errorOf(res)).toMatchObject({ code: 'bad_field', details: { field: 'accuracy' } });
    }
  });
});
