import { create } from 'zustand';
import type { AssessmentPointsResponse, RoundResponse } from '@wangge/geodata';
import { isAbort } from '../../api/client.ts';
import { assessmentApi } from '../assessment-api.ts';

interface ScoreMapStore {
  /** the round drawn on the map; null: the layer is off */
  roundId: string | null;
  points: AssessmentPointsResponse | null;
  /** each sampled point's and grid's score in the round (null: nothing scored pass or fail yet) */
  pointScores: Readonly<Record<string, number | null>>;
  gridScores: Readonly<Record<string, number | null>>;
  /** draws a round's scores on the map (its sampled points and the grids they lie in), from the round and points the view holds */
  show: (round: RoundResponse, points: AssessmentPointsResponse) => void;
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
  show: (round, points) => {
    if (get().roundId === round.id && get().points === points) return;
    asking?.abort();
    const mine = (asking = new AbortController());
    set({ roundId: round.id, points, pointScores: {}, gridScores: {} });
    Promise.all([assessmentApi.scores(round.id, 'point', mine.signal), assessmentApi.scores(round.id, 'grid', mine.signal)]).then(
      ([byPoint, byGrid]) => {
        // every sampled point is drawn: the ones not scored yet in grey
        const unscored = Object.fromEntries(round.sample.map((s) => [s.pointId, null]));
        if (get().roundId === round.id) set({ pointScores: { ...unscored, ...byKey(byPoint.groups) }, gridScores: byKey(byGrid.groups) });
      },
      (err: unknown) => {
        // the scores table in the view says what went wrong; the layer just stays empty
        if (!isAbort(err) && get().roundId === round.id) set({ pointScores: {}, gridScores: {} });
      },
    );
  },
  hide: () => {
    asking?.abort();
    set({ roundId: null, pointScores: {}, gridScores: {} });
  },
}));
