import type { ChecklistsResponse, ResultResponse } from '@wangge/geodata';
import { getJson, sendJson } from '../../api/client.ts';
import type { Submission } from './scoring-form.ts';

/** The inspector's side of a round: the checklists, the round's results so far, and sending a point's results. */
export const scoringApi = {
  /** the checklists the round is scored by (its versions, not an edit made since) */
  checklists: (roundId: string, signal?: AbortSignal) => getJson<ChecklistsResponse>(`/api/assessment/checklists?round=${encodeURIComponent(roundId)}`, signal),
  results: (roundId: string, signal?: AbortSignal) => getJson<ResultResponse[]>(`/api/assessment/rounds/${encodeURIComponent(roundId)}/results`, signal),
  submit: (roundId: string, submission: Submission) => sendJson<ResultResponse>('POST', `/api/assessment/rounds/${encodeURIComponent(roundId)}/results`, submission.body),
};
