import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorOf, loginAs, tinyApp } from '../test/fixture.ts';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

function upload(app: ReturnType<typeof tinyApp>['app'], path: string, cookie: string, bytes: Uint8Array, name = 'photo') {
  const form = new FormData();
  form.append(name, new Blob([bytes]), 'x.png');
  return app.request(path, { method: 'POST', headers: { cookie }, body: form });
}

describe('photos', () => {
  it('stores a problem photo on disk, lists it and serves it back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wangge-photos-'));
    const { app } = tinyApp(undefined, dir);
    const cookie = await loginAs(app, 'inspector');
    const res = await upload(app, '/api/problems/PR1/photos', cookie, PNG);
    expect(res.status).toBe(201);
    const { url } = (await res.json()) as { url: string };
    expect(readdirSync(dir)).toHaveLength(1);
    const list = (await (await app.request('/api/problems/PR1/photos')).json()) as { url: string; mime: string }[];
    expect(list).toMatchObject([{ url, mime: 'image/png' }]);
    const back = await app.request(url);
    expect(back.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await back.arrayBuffer())).toEqual(PNG);
  });

  it('refuses non-images, oversized files, strangers and unknown owners, leaving no file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wangge-photos-'));
    const { app } = tinyApp(undefined, dir);
    const inspector = await loginAs(app, 'inspector');
    const text = await upload(app, '/api/problems/PR1/photos', inspector, new TextEncoder().encode('<script>alert(1)</script>'));
    expect(text.status).toBe(415);
    expect((await errorOf(text)).message).toBe('the file is not a JPEG, PNG or WebP image');
    const big = new Uint8Array(6 * 1024 * 1024);
    big.set(PNG);
    expect((await upload(app, '/api/problems/PR1/photos', inspector, big)).status).toBe(413);
    expect((await upload(app, '/api/problems/PR1/photos', inspector, PNG, 'file')).status).toBe(400);
    expect((await upload(app, '/api/problems/NOPE/photos', inspector, PNG)).status).toBe(404);
    // reporter-u3's unit is not responsible for PR1 (in G1, held by U1 and U2)
    expect((await upload(app, '/api/problems/PR1/photos', await loginAs(app, 'reporter-u3'), PNG)).status).toBe(403);
    expect((await upload(app, '/api/problems/PR1/photos', await loginAs(app, 'reporter-u1'), PNG)).status).toBe(201);
    expect(readdirSync(dir)).toHaveLength(1);
  });
});
