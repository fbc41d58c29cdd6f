import type { ReportRequest } from '@wangge/geodata';
import type { Hono } from 'hono';

/**
 * A distinct picture per `n`: a PNG signature and header start (what the server sniffs) followed
 * by bytes of n, so every n has its own sha256 and equal n are the same picture.
 */
export function png(n: number, size = 64): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(bytes.buffer).setUint32(16, n);
  return bytes;
}

/** 20 Chinese characters: the default minimum summary exactly (60 bytes of UTF-8). */
export const SUMMARY = '周五下午到网格开展环境卫生整治和创文宣传';

/** What the default requirements ask of a report of week 2026-11-20, photos aside. */
export function complete(gridId: string, extra: Partial<ReportRequest> = {}): ReportRequest {
  return { gridId, week: '2026-11-20', workedOn: '2026-11-20', participants: 4, activities: ['环境卫生'], content: SUMMARY, ...extra };
}

/**
 * POST /api/reports as the web form sends it: multipart, the JSON in "data" and each photo in
 * "photo" (named photo-N.png by its position). `photos: null` sends plain JSON instead.
 */
export function sendReport(app: { request: Hono['request'] }, cookie: string | null, data: unknown, photos: readonly Uint8Array[] | null = []) {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  if (photos === null) return app.request('/api/reports', { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(data) });
  const form = new FormData();
  form.append('data', JSON.stringify(data));
  photos.forEach((p, i) => form.append('photo', new Blob([p as Uint8Array<ArrayBuffer>], { type: 'image/png' }), `photo-${i + 1}.png`));
  return app.request('/api/reports', { method: 'POST', headers, body: form });
}
