import { encodeAssessmentScoresQuery, queryString, type AssessmentPointsResponse, type AssessmentScoreBy, type AssessmentScoresResponse, type RoundResponse, type RoundSummary } from '@wangge/geodata';
import { getJson } from '../api/client.ts';
import { withCounty } from '../api/county.ts';

/** The mock assessment as staff read it: GET /api/assessment/points, /rounds, /rounds/:id and its scores. */
export const assessmentApi = {
  points: (signal?: AbortSignal) => getJson<AssessmentPointsResponse>('/api/assessment/points', signal),
  rounds: (signal?: AbortSignal) => getJson<RoundSummary[]>('/api/assessment/rounds', signal),
  round: (id: string, signal?: AbortSignal) => getJson<RoundResponse>(`/api/assessment/rounds/${encodeURIComponent(id)}`, signal),
  scores: (id: string, by: AssessmentScoreBy, signal?: AbortSignal) => getJson<AssessmentScoresResponse>(scoresPath(id, by, 'json'), signal),
};

/** The round's 测评报告 as a PDF download (its score map is drawn on the server: it takes some seconds). */
export function reportPath(id: string): string {
  return withCounty(`/api/assessment/rounds/${encodeURIComponent(id)}/report`);
}

/** The scores' address, as JSON or as the Excel download. */
export function scoresPath(id: string, by: AssessmentScoreBy, format: 'json' | 'xlsx'): string {
  return withCounty(`/api/assessment/rounds/${encodeURIComponent(id)}/scores?${queryString(encodeAssessmentScoresQuery({ by, format }))}`);
}
