import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { errorOf, loginAs, tinyApp } from '../test/fixture.ts';
import { complete, png, sendReport } from '../test/reports.ts';

function upload(app: ReturnType<typeof createApp>, path: string, cookie: string, bytes: Uint8Array) {
  const form = new FormData();
  form.append('photo', new Blob([bytes as Uint8Array<ArrayBuffer>]), 'x.png');
  return app.request(path, { method: 'POST', headers: { cookie }, body: form });
}

describe('a report’s photos', () => {
  it('are listed and served only to those who may read the report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wangge-photos-'));
    const { store, clock } = await tinyApp(undefined, dir);
    const app = createApp({ store, clock, photoDir: dir });
    const own = await loginAs(app, 'reporter-u3');
    const sent = await sendReport(app, own, complete('G3'), [png(1)]);
    expect(sent.status).toBe(201);
    const { id } = (await sent.json()) as { id: number };
    expect((await app.request(`/api/reports/${id}/photos`)).status).toBe(401);
    expect((await app.request(`/api/reports/${id}/photos`, { headers: { cookie: await loginAs(app, 'reporter-u1') } })).status).toBe(403);
    const listed = await app.request(`/api/reports/${id}/photos`, { headers: { cookie: own } });
    expect(listed.status).toBe(200);
    const [photo] = (await listed.json()) as { url: string }[];
    expect((await app.request(photo.url)).status).toBe(401);
    expect((await app.request(photo.url, { headers: { cookie: await loginAs(app, 'leader') } })).status).toBe(200);
    expect((await app.request('/api/reports/999/photos', { headers: { cookie: own } })).status).toBe(404);
  });
});

describe('the daily photo quota', () => {
  it('refuses an account’s photos past WANGGE_PHOTO_QUOTA with 429, storing nothing, and leaves other accounts theirs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wangge-photos-'));
    const { store, clock } = await tinyApp(undefined, dir);
    const app = createApp({ store, clock, photoDir: dir, photoQuota: 2 });
    const admin = await loginAs(app, 'admin');
    expect((await upload(app, '/api/problems/PR1/photos', admin, png(1))).status).toBe(201);
    expect((await upload(app, '/api/problems/PR1/photos', admin, png(2))).status).toBe(201);
    const refused = await upload(app, '/api/problems/PR1/photos', admin, png(3));
    expect(refused.status).toBe(429);
    expect(await errorOf(refused)).toMatchObject({ code: 'photo_quota', details: { quota: 2, left: 0 } });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(readdirSync(dir)).toHaveLength(2);
    const reporter = await loginAs(app, 'reporter-u3');
    expect((await sendReport(app, reporter, complete('G3'), [png(4), png(5), png(6)])).status).toBe(429);
    expect((await sendReport(app, reporter, complete('G3'), [png(4), png(5)])).status).toBe(201);
  });
});
