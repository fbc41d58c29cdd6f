import { describe, expect, it } from 'vitest';
import { errorOf, loginAs, tinyApp } from '../test/fixture.ts';

const NOW = '2026-11-25T10:00:00+08:00';

/** The tiny county's app as a logged-in leader sees it. */
async function staffApp(...args: Parameters<typeof tinyApp>) {
  const { app } = await tinyApp(...args);
  const cookie = await loginAs(app, 'leader');
  return { app: { request: (path: string) => app.request(path, { headers: { cookie } }) } };
}

describe('GET /api/export', () => {
  it('is for logged-in staff only: one render takes the CPU for seconds', async () => {
    const { app } = await tinyApp(NOW);
    const res = await app.request('/api/export?week=2026-11-20&format=png');
    expect(res.status).toBe(401);
    expect((await errorOf(res)).code).toBe('unauthenticated');
    const reporter = await app.request('/api/export?week=2026-11-20&format=png', { headers: { cookie: await loginAs(app, 'reporter-u1') } });
    expect(reporter.status).toBe(403);
    // staff get past the guard (503 here: the test app is not served over HTTP, so nothing renders)
    expect((await app.request('/api/export?week=2026-11-20&format=png', { headers: { cookie: await loginAs(app, 'inspector') } })).status).toBe(503);
  });

  it('refuses bad parameters before rendering anything, naming the parameter', async () => {
    const { app } = await staffApp(NOW);
    const cases: [string, string][] = [
      ['week=2026-11-19&format=png', 'Thursday'],
      ['week=2026-11-20', 'format is required'],
      ['week=2026-11-20&format=gif', 'format "gif"'],
      ['week=2026-11-20&format=png&paper=B5', 'paper "B5"'],
      ['week=2026-11-20&format=png&kind=heat', 'kind "heat"'],
      ['week=2026-11-20&format=png&orientation=upside', 'orientation "upside"'],
      ['week=2026-11-20&format=png&allCommunities=1', 'needs --format pdf'],
      ['week=2026-11-27&format=png', 'has not started yet'],
    ];
    for (const [query, message] of cases) {
      const res = await app.request(`/api/export?${query}`);
      expect(res.status, query).toBe(400);
      expect((await errorOf(res)).message, query).toContain(message);
    }
  });

  it('refuses a selection, community, grid or unit this database does not have, before rendering', async () => {
    const { app } = await staffApp(NOW);
    const cases: [string, string][] = [
      ['grid=G9', 'grid "G9" is not a grid in force'],
      ['community=C9', 'community "C9" is not a community'],
      ['problemGrid=G9', 'problemGrid "G9" is not a grid'],
      ['problemUnit=U9', 'problemUnit "U9" is not a unit'],
      ['frame=view&bbox=100,30,99,31', 'bbox "100,30,99,31"'],
      ['problemStatus=lost', 'problemStatus has unknown values: lost'],
      ['kind=assessment', 'kind "assessment" needs the round'],
      ['kind=assessment&round=AR9', 'round "AR9" is not an assessment round of this county'],
    ];
    for (const [query, message] of cases) {
      const res = await app.request(`/api/export?week=2026-11-20&format=png&${query}`);
      expect(res.status, query).toBe(400);
      expect((await errorOf(res)).message, query).toContain(message);
    }
    // known ids pass the checks and reach the renderer (which has no socket here: 503)
    const known = await app.request('/api/export?week=2026-11-20&format=png&grid=G1&frame=grid&community=C1&problemGrid=G2&problemUnit=U1');
    expect(known.status).toBe(503);
  });

  it('refuses a week before the deployment\'s first week (nothing was due, nothing to draw)', async () => {
    const { app } = await staffApp(NOW, undefined, '2026-11-20');
    const before = await app.request('/api/export?week=2026-11-13&format=png');
    expect(before.status).toBe(400);
    expect((await errorOf(before)).message).toBe('week 2026-11-13 is before the first week of this deployment (2026-11-20): there is no report data for it');
    // a coverage or problems map of that week has nothing to do with reports
    expect((await app.request('/api/export?week=2026-11-13&kind=coverage&format=png')).status).toBe(503);
    expect((await app.request('/api/export?week=2026-11-13&kind=problems&format=png')).status).toBe(503);
    expect((await app.request('/api/export?week=2026-11-20&format=png')).status).toBe(503);
  });

  it('answers 503 when it cannot know its own local address (no socket, as under app.request)', async () => {
    const res = await (await staffApp(NOW)).app.request('/api/export?week=2026-11-20&format=png');
    expect(res.status).toBe(503);
    expect((await errorOf(res)).code).toBe('unavailable');
  });
});
