import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReportResponse } from '@wangge/geodata';
import { errorOf, jsonOf, loginAs, sqlRow, sqlRows, tinyApp } from '../test/fixture.ts';
import { SUMMARY, complete, png, sendReport } from '../test/reports.ts';

type App = Awaited<ReturnType<typeof tinyApp>>['app'];
const DEFAULTS = { workedOn: true, minParticipants: 1, minActivities: 1, minContentChars: 20, minPhotos: 1 };

const put = (app: App, cookie: string | null, body: unknown) =>
  app.request('/api/report-requirements', { method: 'PUT', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });

describe('report requirements', () => {
  it('starts from the defaults, readable by anyone', async () => {
    const { app } = await tinyApp();
    const res = await app.request('/api/report-requirements');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(DEFAULTS);
  });

  it('lets an admin change some of them, audited; new submissions follow and record them, stored reports keep theirs', async () => {
    const { app, store } = await tinyApp(undefined, mkdtempSync(join(tmpdir(), 'wangge-requirements-')));
    const u3 = await loginAs(app, 'reporter-u3');
    const before = (await (await sendReport(app, u3, complete('G3'), [png(1)])).json()) as ReportResponse;
    const admin = await loginAs(app, 'admin');
    const res = await put(app, admin, { minContentChars: 30, minPhotos: 0 });
    expect(res.status).toBe(200);
    const changed = { ...DEFAULTS, minContentChars: 30, minPhotos: 0 };
    expect(await res.json()).toEqual(changed);
    expect(await (await app.request('/api/report-requirements')).json()).toEqual(changed);
    const [event] = await sqlRows<{ entity: string; action: string; before: unknown; after: unknown }>(store, "select entity, action, before, after from audit_events where entity = 'report_requirements'");
    expect([event.action, jsonOf(event.before), jsonOf(event.after)]).toEqual(['set', DEFAULTS, changed]);

    const u1 = await loginAs(app, 'reporter-u1');
    const short = await sendReport(app, u1, complete('G1', { content: `${SUMMARY}12345` }), null);
    expect(short.status).toBe(422);
    expect((await errorOf(short)).message).toBe('the report is incomplete: content: at least 30 characters needed, 25 given');
    const ok = await sendReport(app, u1, complete('G1', { content: `${SUMMARY}1234567890` }), null);
    expect(ok.status).toBe(201);
    expect(((await ok.json()) as ReportResponse).requirements).toEqual(changed);
    const stored = await sqlRow<{ requirements: unknown }>(store, `select requirements from weekly_reports where id = ${before.id}`);
    expect(jsonOf(stored!.requirements)).toEqual(DEFAULTS);

    // a later change sets only what it names
    expect(await (await put(app, admin, { workedOn: false })).json()).toEqual({ ...changed, workedOn: false });
  });

  it('refuses bad values with 400 naming them, changing nothing', async () => {
    const { app, store } = await tinyApp();
    const admin = await loginAs(app, 'admin');
    const cases: [unknown, string][] = [
      [{}, 'send one or more of workedOn, minParticipants, minActivities, minContentChars, minPhotos, e.g. { "minContentChars": 30 }'],
      [{ minPhotos: 10 }, 'minPhotos must be a whole number from 0 to 9'],
      [{ minContentChars: 20.5 }, 'minContentChars must be a whole number from 0 to 5000'],
      [{ minParticipants: -1 }, 'minParticipants must be a whole number from 0 to 1000'],
      [{ minActivities: '1' }, 'minActivities must be a whole number from 0 to 6'],
      [{ workedOn: 1 }, 'workedOn must be true or false'],
      [{ minPhotos: 2, photos: 2 }, '"photos" is not a report requirement (known: workedOn, minParticipants, minActivities, minContentChars, minPhotos)'],
    ];
    for (const [body, message] of cases) {
      const res = await put(app, admin, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(await errorOf(res)).toEqual({ code: 'bad_field', message });
    }
    expect((await put(app, admin, [1])).status).toBe(400);
    expect(await (await app.request('/api/report-requirements')).json()).toEqual(DEFAULTS);
    expect(await sqlRow(store, "select count(*) as n from audit_events where entity = 'report_requirements'")).toEqual({ n: 0 });
  });

  it('lets only admins change them', async () => {
    const { app } = await tinyApp();
    expect((await put(app, null, { minPhotos: 0 })).status).toBe(401);
    for (const who of ['planner', 'leader', 'inspector', 'reporter-u1']) expect((await put(app, await loginAs(app, who), { minPhotos: 0 })).status, who).toBe(403);
  });
});
