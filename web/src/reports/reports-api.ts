import type { ReportHistoryResponse, ReportRequest, ReportRequirementsResponse, ReportResponse } from '@wangge/geodata';
import { getJson, sendJson } from '../api/client.ts';

/** The weekly-report endpoints a unit reporter uses. */
export const reportsApi = {
  /** a reporter gets its own unit's reports only */
  list: (week: string, signal?: AbortSignal) => getJson<ReportResponse[]>(`/api/reports?week=${encodeURIComponent(week)}`, signal),
  /** one request: the report's JSON in "data" and each new photo in "photo" */
  submit: (body: ReportRequest, photos: readonly File[]) => {
    const form = new FormData();
    form.append('data', JSON.stringify(body));
    for (const photo of photos) form.append('photo', photo, photo.name);
    return sendJson<ReportResponse>('POST', '/api/reports', form);
  },
  versions: (reportId: number, signal?: AbortSignal) => getJson<ReportHistoryResponse>(`/api/reports/${reportId}/revisions`, signal),
  requirements: (signal?: AbortSignal) => getJson<ReportRequirementsResponse>('/api/report-requirements', signal),
};
