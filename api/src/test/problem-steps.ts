import type { Hono } from 'hono';

/** The smallest PNG header the API's sniffing takes for an image. */
export const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

type App = { request: Hono['request'] };

/** A JSON request with a session. */
export function sendJson(app: App, method: string, path: string, cookie: string | null, body: unknown) {
  return app.request(path, { method, headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });
}

/** PATCH /api/problems/:id as multipart: the step's JSON in `data` and `photos` PNG files. */
export function stepWithPhotos(app: App, cookie: string, problemId: string, data: unknown, photos: number) {
  const form = new FormData();
  form.append('data', JSON.stringify(data));
  for (let i = 0; i < photos; i++) form.append('photo', new Blob([PNG]), `after-${i}.png`);
  return app.request(`/api/problems/${problemId}`, { method: 'PATCH', headers: { cookie }, body: form });
}
