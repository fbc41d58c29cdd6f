import type { PhotoInfo, ReportRequest, ReportResponse } from '@wangge/geodata';
import { getJson, sendJson } from '../api/client.ts';

/** The weekly-report endpoints a unit reporter uses. */
export const reportsApi = {
  /** a reporter gets its own unit's reports only */
  list: (week: string, signal?: AbortSignal) => getJson<ReportResponse[]>(`/api/reports?week=${encodeURIComponent(week)}`, signal),
  submit: (body: ReportRequest) => sendJson<ReportResponse>('POST', '/api/reports', body),
  photos: (reportId: number, signal?: AbortSignal) => getJson<PhotoInfo[]>(`/api/reports/${reportId}/photos`, signal),
  addPhoto: (reportId: number, file: File) => {
    const form = new FormData();
    form.append('photo', file);
    return sendJson<PhotoInfo>('POST', `/api/reports/${reportId}/photos`, form);
  },
};
