import type { ReportRequirements, ReportRequirementsResponse } from '@wangge/geodata';
import { getJson, sendJson } from '../api/client.ts';

/** The deployment settings an admin keeps: the close grace and what a weekly report must carry. */
export const settingsApi = {
  requirements: (signal?: AbortSignal) => getJson<ReportRequirementsResponse>('/api/report-requirements', signal),
  setRequirements: (change: Partial<ReportRequirements>) => sendJson<ReportRequirementsResponse>('PUT', '/api/report-requirements', change),
  setCloseGraceHours: (hours: number) => sendJson<{ closeGraceHours: number }>('PUT', '/api/close-grace-hours', { hours }),
};
