import { create } from 'zustand';
import type { AssessmentPointsResponse } from '@wangge/geodata';
import { isAbort } from '../../api/client.ts';
import { assessmentApi } from '../assessment-api.ts';

interface ScoreMapStore {
  /** the round drawn on the map; null: the layer is off */
  roundId: string | null;
  points: AssessmentPointsResponse | null;
  /** each sampled point's and grid's score in the round (null: nothing scored pass or fail yet) */
  pointScores: Readonly<Record<string, number | null>>;
  gridScores: Readonly<Record<string, number | null>>;
  /** draws a round's scores on the map: its sampled points and the grids they lie in */
  show: (roundId: string) => void;
  hide: () => void;
}

let asking: AbortController | null = null;

const byKey = (groups: { key: string; score: number | null }[]) => Object.fromEntries(groups.map((g) => [g.key, g.score]));

/** What the assessment layer draws: set by the assessment view while it shows a round's scores. */
export const useScoreMap = create<ScoreMapStore>((set, get) => ({
  roundId: null,
  points: null,
  pointScores: {},
  gridScores: {},
  show: (roundId) => {
    if (get().roundId === roundId) return;
    asking?.abort();
    const mine = (asking = new AbortController());
    set({ roundId, pointScores: {}, gridScores: {} });
    const { signal } = mine;
    Promise.all([assessmentApi.points(signal), assessmentApi.round(roundId, signal), assessmentApi.scores(roundId, 'point', signal), assessmentApi.scores(roundId, 'grid', signal)]).then(
      ([p, round, byPoint, byGrid]) => {
        // every sampled point is drawn: the ones not scored yet in grey
        const pointScores = { ...Object.fromEntries(round.sample.map((s) => [s.pointId, null])), ...byKey(byPoint.groups) };
        if (get().roundId === roundId) set({ points: p, pointScores, gridScores: byKey(byGrid.groups) });
      },
      (err: unknown) => {
        // the scores table in the view says what went wrong; the layer just stays empty
        if (!isAbort(err) && get().roundId === roundId) set({ pointScores: {}, gridScores: {} });
      },
    );
  },
  hide: () => {
    asking?.abort();
    set({ roundId: null, pointScores: {}, gridScores: {} });
  },
}));
