import {
  encodeOverdueQuery,
  encodeTrendsQuery,
  NO_PLACE_FILTER,
  TRENDS_BY,
  WEEKS_BACK,
  type ExemptWeek,
  type ExemptWeekRequest,
  type OkResponse,
  type OverdueResponse,
  type TrendsBy,
  type TrendsResponse,
} from '@wangge/geodata';
import { getJson, sendJson } from '../api/client.ts';

export { TRENDS_BY, type TrendsBy };
/** how many weeks the trends reach back: a quarter, what the weekly meeting looks at */
export const TREND_WEEKS = WEEKS_BACK.default;

/** The endpoints of the accountability views (leaders, inspectors, planners, admins). */
export const accountabilityApi = {
  overdue: (week: string, signal?: AbortSignal) => getJson<OverdueResponse>(`/api/overdue?${encodeOverdueQuery({ week, place: NO_PLACE_FILTER, format: 'json' })}`, signal),
  trends: (week: string, by: TrendsBy, signal?: AbortSignal) =>
    getJson<TrendsResponse>(`/api/trends?${encodeTrendsQuery({ week, weeks: TREND_WEEKS, by })}`, signal),
  exemptWeeks: (signal?: AbortSignal) => getJson<ExemptWeek[]>('/api/exempt-weeks', signal),
  markExempt: (week: string, reason: string) => {
    const body: ExemptWeekRequest = { week, reason };
    return sendJson<ExemptWeek>('POST', '/api/exempt-weeks', body);
  },
  unmarkExempt: (week: string) => sendJson<OkResponse>('DELETE', `/api/exempt-weeks/${encodeURIComponent(week)}`),
};
