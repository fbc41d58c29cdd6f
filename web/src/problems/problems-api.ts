import type { PhotoInfo, ProblemApiProps, ProblemCategory, ProblemDetailResponse, ProblemPinsResponse, ProblemsResponse, ProblemStatsBy, ProblemStatsResponse, ProblemStatus } from '@wangge/geodata';
import { getJson, sendJson } from '../api/client.ts';
import { problemQuery, type ProblemFilter, type QueryExtras } from './problem-query.ts';

/** An open problem close to a point, as GET /api/problems/nearby answers. */
export type NearbyProblem = ProblemApiProps & { distanceM: number };

/** How many weeks the leaders' counts reach back: a quarter, as the report trends do. */
export const STATS_WEEKS = 12;

const statsQuery = (filter: ProblemFilter, week: string, by: ProblemStatsBy, format?: 'csv' | 'xlsx') =>
  `${problemQuery(filter, format ? { format } : {})}&${new URLSearchParams({ week, weeks: String(STATS_WEEKS), by })}`.replace(/^&/, '');

const path = (id: string) => `/api/problems/${encodeURIComponent(id)}`;

/** The problem endpoints the map, the list, the card and the filing form use. */
export const problemsApi = {
  list: (filter: ProblemFilter, extras: QueryExtras, signal?: AbortSignal) => getJson<ProblemsResponse>(`/api/problems?${problemQuery(filter, extras)}`, signal),
  /** the same selection as `list`, with only what a pin needs */
  pins: (filter: ProblemFilter, extras: QueryExtras, signal?: AbortSignal) => getJson<ProblemPinsResponse>(`/api/problems?${problemQuery(filter, extras)}&fields=pin`, signal),
  /** an export link with the same filter (opened by the browser, not fetched) */
  exportUrl: (filter: ProblemFilter, format: 'csv' | 'xlsx') => `/api/problems?${problemQuery(filter, { format, limit: 50_000 })}`,
  /** the same filter counted per week and group, for the leaders' view */
  stats: (filter: ProblemFilter, week: string, by: ProblemStatsBy, signal?: AbortSignal) => getJson<ProblemStatsResponse>(`/api/problems/stats?${statsQuery(filter, week, by)}`, signal),
  statsExportUrl: (filter: ProblemFilter, week: string, by: ProblemStatsBy, format: 'csv' | 'xlsx') => `/api/problems/stats?${statsQuery(filter, week, by, format)}`,
  /** hours to fix per category, as this deployment set them */
  deadlines: (signal?: AbortSignal) => getJson<Record<string, number>>('/api/problem-deadlines', signal),
  /** admins: the categories whose hours change; answers every category's hours */
  setDeadlines: (hours: Record<string, number>) => sendJson<Record<string, number>>('PUT', '/api/problem-deadlines', hours),
  nearby: (lon: number, lat: number, category: ProblemCategory, signal?: AbortSignal) =>
    getJson<NearbyProblem[]>(`/api/problems/nearby?${new URLSearchParams({ lon: String(lon), lat: String(lat), category })}`, signal),
  detail: (id: string, signal?: AbortSignal) => getJson<ProblemDetailResponse>(path(id), signal),
  file: (input: { lon: number; lat: number; category: ProblemCategory; description: string }) => sendJson<ProblemDetailResponse>('POST', '/api/problems', input),
  /** `from` is the status the user saw: the server answers 409 when someone moved it meanwhile */
  move: (id: string, to: ProblemStatus, from: ProblemStatus, note: string | null) =>
    sendJson<ProblemDetailResponse>('PATCH', path(id), note ? { status: to, from, note } : { status: to, from }),
  /** `eventId` names the step the photo documents (without it, the server takes this user's last step) */
  addPhoto: (id: string, eventId: number | undefined, file: File) => {
    const form = new FormData();
    form.append('photo', file);
    if (eventId !== undefined) form.append('event', String(eventId));
    return sendJson<PhotoInfo>('POST', `${path(id)}/photos`, form);
  },
};
