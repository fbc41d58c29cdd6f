import { useEffect, useState } from 'react';
import type { AssessmentPointFeature, Checklist, ResultResponse, RoundResponse } from '@wangge/geodata';
import { isAbort } from '../../api/client.ts';
import { errorMessage } from '../../api/error-message.ts';
import { assessmentApi } from '../assessment-api.ts';
import { scoringApi } from './scoring-api.ts';

export interface RoundScoring {
  round: RoundResponse;
  checklists: Checklist[];
  /** the county's 点位 by id (their place and grid code) */
  points: ReadonlyMap<string, AssessmentPointFeature>;
  /** each point's latest submission in the round */
  results: ReadonlyMap<string, ResultResponse>;
}

/** Loads what scoring a round needs; `record` keeps a new submission without asking again. */
export function useRoundScoring(roundId: string | null) {
  const [data, setData] = useState<RoundScoring | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (roundId === null) return;
    const asking = new AbortController();
    setData(null);
    setError(null);
    Promise.all([assessmentApi.round(roundId, asking.signal), scoringApi.checklists(roundId, asking.signal), assessmentApi.points(asking.signal), scoringApi.results(roundId, asking.signal)]).then(
      ([round, checklists, points, results]) =>
        setData({
          round,
          checklists,
          points: new Map(points.features.map((f) => [f.properties.id, f])),
          results: new Map(results.map((r) => [r.pointId, r])),
        }),
      (err: unknown) => {
        if (!isAbort(err)) setError(errorMessage(err));
      },
    );
    return () => asking.abort();
  }, [roundId]);

  const record = (result: ResultResponse) =>
    setData((d) => {
      if (!d) return d;
      const sample = d.round.sample.map((s) => (s.pointId === result.pointId ? { ...s, submittedAt: result.submittedAt } : s));
      return { ...d, round: { ...d.round, sample }, results: new Map(d.results).set(result.pointId, result) };
    });
  return { data, error, record };
}
