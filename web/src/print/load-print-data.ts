import {
  encodeAssessmentScoresQuery,
  encodeStatusQuery,
  PROBLEM_LIST_LIMIT,
  type ApiError,
  type AssessmentPointsResponse,
  type AssessmentScoreBy,
  type AssessmentScoresResponse,
  type CommunitiesResponse,
  type ConfigResponse,
  type GridsResponse,
  type ProblemsResponse,
  type RoundResponse,
  type StatusResponse,
  type ZonesResponse,
} from '@wangge/geodata';
import { withCounty } from '../api/county.ts';
import { problemQuery } from '../problems/problem-query.ts';
import type { PrintParams } from './print-params.ts';
import type { PrintCoverage } from './sheet-model.ts';

/** Everything one print job reads from the API, fetched once for all its sheets. */
export interface PrintData {
  config: ConfigResponse;
  week: string;
  grids: GridsResponse;
  communities: CommunitiesResponse;
  status: StatusResponse | null;
  /** for the problems kind, and the problems overlay: the app's filter applied by the API */
  problems: ProblemsResponse | null;
  /** for the zones overlay */
  zones: ZonesResponse | null;
  /** null for other kinds, and when this server has no coverage check */
  coverage: PrintCoverage | null;
  /** the round's scores, for the assessment kind */
  assessment: PrintAssessment | null;
}

/** A mock-assessment round as its score map draws it: every sampled point's and grid's score (null: nothing scored yet). */
export interface PrintAssessment {
  round: RoundResponse;
  points: AssessmentPointsResponse;
  pointScores: Readonly<Record<string, number | null>>;
  gridScores: Readonly<Record<string, number | null>>;
}

/** The round the page was asked for does not exist. */
export class RoundNotFound extends Error {
  constructor(readonly id: string) {
    super(`no assessment round with id ${id}`);
  }
}

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(withCounty(path), { headers: { accept: 'application/json' } });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as ApiError | null;
    throw new Error(body?.error?.message ?? `${path}: ${res.status} ${res.statusText}`);
  }
  return (await res.json()) as T;
}

/** A coverage report, or null when the server does not have the route (older deployments). */
async function coverageIfAny(): Promise<PrintCoverage | null> {
  const res = await fetch(withCounty('/api/coverage'), { headers: { accept: 'application/json' } });
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`/api/coverage: ${res.status} ${res.statusText}`);
  return (await res.json()) as PrintCoverage;
}

/** Every problem the sheet's filter selects (up to the list's maximum), read a JSON page at a time. */
async function allProblems(filter: PrintParams['problemFilter']): Promise<ProblemsResponse> {
  const { jsonMax, max } = PROBLEM_LIST_LIMIT;
  const first = await getJson<ProblemsResponse>(`/api/problems?${problemQuery(filter, { limit: jsonMax })}`);
  const features = [...first.features];
  while (features.length < Math.min(first.total, max)) {
    const page = await getJson<ProblemsResponse>(`/api/problems?${problemQuery(filter, { limit: jsonMax, offset: features.length })}`);
    if (page.features.length === 0) break;
    features.push(...page.features);
  }
  return { ...first, limit: features.length, features };
}

async function scoresBy(round: string, by: AssessmentScoreBy): Promise<Readonly<Record<string, number | null>>> {
  const scores = await getJson<AssessmentScoresResponse>(`/api/assessment/rounds/${encodeURIComponent(round)}/scores?${encodeAssessmentScoresQuery({ by, format: 'json' })}`);
  return Object.fromEntries(scores.groups.map((g) => [g.key, g.score]));
}

/** The round, its points and their scores; a round that is not there is named as such, not as a failed request. */
async function assessmentOf(id: string): Promise<PrintAssessment> {
  const res = await fetch(withCounty(`/api/assessment/rounds/${encodeURIComponent(id)}`), { headers: { accept: 'application/json' } });
  if (res.status === 404) throw new RoundNotFound(id);
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as ApiError | null;
    throw new Error(body?.error?.message ?? `/api/assessment/rounds/${id}: ${res.status} ${res.statusText}`);
  }
  const round = (await res.json()) as RoundResponse;
  const [points, byPoint, gridScores] = await Promise.all([getJson<AssessmentPointsResponse>('/api/assessment/points'), scoresBy(id, 'point'), scoresBy(id, 'grid')]);
  // every sampled point is drawn: those not scored yet in the unscored colour
  const pointScores = { ...Object.fromEntries(round.sample.map((s) => [s.pointId, null])), ...byPoint };
  return { round, points, pointScores, gridScores };
}

export async function loadPrintData(params: PrintParams): Promise<PrintData> {
  const config = await getJson<ConfigResponse>('/api/config');
  const week = params.week ?? config.currentWeek;
  const [grids, communities, status, problems, coverage, zones, assessment] = await Promise.all([
    // a status map draws the grids in force that week, as they were (the record of a past week does not move); the others today's
    getJson<GridsResponse>(params.kind === 'status' ? `/api/grids?${new URLSearchParams({ week })}` : '/api/grids'),
    getJson<CommunitiesResponse>('/api/communities'),
    params.kind === 'status' ? getJson<StatusResponse>(`/api/status?${encodeStatusQuery({ week })}`) : null,
    params.kind === 'problems' || params.overlays.includes('problems') ? allProblems(params.problemFilter) : null,
    params.kind === 'coverage' ? coverageIfAny() : null,
    params.overlays.includes('zones') ? getJson<ZonesResponse>('/api/zones') : null,
    params.kind === 'assessment' && params.round ? assessmentOf(params.round) : null,
  ]);
  return { config, week, grids, communities, status, problems, coverage, zones, assessment };
}
