import {
  encodeProblemStatsQuery,
  PROBLEM_LIST_LIMIT,
  queryString,
  WEEKS_BACK,
  type DeadlineHours,
  type DeadlineHoursRequest,
  type MoveProblemRequest,
  type NearbyProblem,
  type NewProblemRequest,
  type PhotoInfo,
  type ProblemCategory,
  type ProblemDetailResponse,
  type ProblemPinsResponse,
  type ProblemsResponse,
  type ProblemStatsBy,
  type ProblemStatsResponse,
  type UnitsResponse,
} from '@wangge/geodata';
import { getJson, sendJson } from '../api/client.ts';
import { problemQuery, type ProblemFilter, type QueryExtras } from './problem-query.ts';

export type { NearbyProblem };

/** How many weeks the leaders' counts reach back: a quarter, as the report trends do. */
export const STATS_WEEKS = WEEKS_BACK.default;

const statsQuery = (filter: ProblemFilter, week: string, by: ProblemStatsBy, format?: 'csv' | 'xlsx') =>
  queryString(encodeProblemStatsQuery({ filter, bbox: null, week, weeks: STATS_WEEKS, by, format: format ?? 'json' }));

const path = (id: string) => `/api/problems/${encodeURIComponent(id)}`;

/** The problem endpoints the map, the list, the card and the filing form use. */
export const problemsApi = {
  list: (filter: ProblemFilter, extras: QueryExtras, signal?: AbortSignal) => getJson<ProblemsResponse>(`/api/problems?${problemQuery(filter, extras)}`, signal),
  /** the same selection as `list`, with only what a pin needs */
  pins: (filter: ProblemFilter, extras: QueryExtras, signal?: AbortSignal) => getJson<ProblemPinsResponse>(`/api/problems?${problemQuery(filter, { ...extras, fields: 'pin' })}`, signal),
  /** an export link with the same filter (opened by the browser, not fetched) */
  exportUrl: (filter: ProblemFilter, format: 'csv' | 'xlsx') => `/api/problems?${problemQuery(filter, { format, limit: PROBLEM_LIST_LIMIT.max })}`,
  /** the same filter counted per week and group, for the leaders' view */
  stats: (filter: ProblemFilter, week: string, by: ProblemStatsBy, signal?: AbortSignal) => getJson<ProblemStatsResponse>(`/api/problems/stats?${statsQuery(filter, week, by)}`, signal),
  statsExportUrl: (filter: ProblemFilter, week: string, by: ProblemStatsBy, format: 'csv' | 'xlsx') => `/api/problems/stats?${statsQuery(filter, week, by, format)}`,
  /** hours to fix per category, as this deployment set them */
  deadlines: (signal?: AbortSignal) => getJson<DeadlineHours>('/api/problem-deadlines', signal),
  /** admins: the categories whose hours change; answers every category's hours */
  setDeadlines: (hours: DeadlineHoursRequest) => sendJson<DeadlineHours>('PUT', '/api/problem-deadlines', hours),
  nearby: (lon: number, lat: number, category: ProblemCategory, signal?: AbortSignal) =>
    getJson<NearbyProblem[]>(`/api/problems/nearby?${new URLSearchParams({ lon: String(lon), lat: String(lat), category })}`, signal),
  detail: (id: string, signal?: AbortSignal) => getJson<ProblemDetailResponse>(path(id), signal),
  file: (input: NewProblemRequest) => sendJson<ProblemDetailResponse>('POST', '/api/problems', input),
  /**
   * One step (or a note, without `status`) with its photos in the same request: the server stores
   * them together or not at all. `from` in the body is the status the user saw (409 when someone
   * moved it meanwhile).
   */
  move: (id: string, body: MoveProblemRequest, photos: readonly File[] = []) => {
    if (photos.length === 0) return sendJson<ProblemDetailResponse>('PATCH', path(id), body);
    const form = new FormData();
    form.append('data', JSON.stringify(body));
    for (const photo of photos) form.append('photo', photo);
    return sendJson<ProblemDetailResponse>('PATCH', path(id), form);
  },
  /** every unit, for naming a problem's owner and co-operating units */
  units: (signal?: AbortSignal) => getJson<UnitsResponse>('/api/units', signal),
  /** `eventId` names the step the photo documents (without it, the server takes this user's last step) */
  addPhoto: (id: string, eventId: number | undefined, file: File) => {
    const form = new FormData();
    form.append('photo', file);
    if (eventId !== undefined) form.append('event', String(eventId));
    return sendJson<PhotoInfo>('POST', `${path(id)}/photos`, form);
  },
};
