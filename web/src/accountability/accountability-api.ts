import type { ExemptWeek, OverdueResponse, TrendsResponse } from '@wangge/geodata';
import { getJson, sendJson } from '../api/client.ts';

export type TrendsBy = TrendsResponse['by'];
export const TRENDS_BY: readonly TrendsBy[] = ['overall', 'streetOffice', 'area', 'unit'];
/** how many weeks the trends reach back: a quarter, what the weekly meeting looks at */
export const TREND_WEEKS = 12;

/** The endpoints of the accountability views (leaders, inspectors, planners, admins). */
export const accountabilityApi = {
  overdue: (week: string, signal?: AbortSignal) => getJson<OverdueResponse>(`/api/overdue?week=${encodeURIComponent(week)}`, signal),
  trends: (week: string, by: TrendsBy, signal?: AbortSignal) =>
    getJson<TrendsResponse>(`/api/trends?${new URLSearchParams({ week, weeks: String(TREND_WEEKS), by }).toString()}`, signal),
  exemptWeeks: (signal?: AbortSignal) => getJson<ExemptWeek[]>('/api/exempt-weeks', signal),
  markExempt: (week: string, reason: string) => sendJson<ExemptWeek>('POST', '/api/exempt-weeks', { week, reason }),
  unmarkExempt: (week: string) => sendJson<{ ok: boolean }>('DELETE', `/api/exempt-weeks/${encodeURIComponent(week)}`),
};
