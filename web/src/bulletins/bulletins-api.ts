import type { BulletinComment, BulletinFormat, BulletinResponse } from '@wangge/geodata';
import { getJson, sendJson } from '../api/client.ts';

/** The weekly 通报's endpoints. */
export const bulletinsApi = {
  get: (week: string, signal?: AbortSignal) => getJson<BulletinResponse>(`/api/bulletins?${new URLSearchParams({ week })}`, signal),
  fileUrl: (week: string, format: Exclude<BulletinFormat, 'json'>) => `/api/bulletins?${new URLSearchParams({ week, format })}`,
  comment: (week: string, text: string) => sendJson<{ comment: BulletinComment | null }>('PUT', `/api/bulletins/${encodeURIComponent(week)}/comment`, { text }),
};
