import { useEffect, useMemo, useState } from 'react';
import { ASSESSMENT_SCORE_BY, type AssessmentPointsResponse, type AssessmentScoreBy, type AssessmentScoresResponse, type RoundResponse, type RoundSummary } from '@wangge/geodata';
import { isAbort } from '../api/client.ts';
import { errorMessage } from '../api/error-message.ts';
import { useT } from '../i18n/lang.ts';
import type { MessageKey } from '../i18n/zh.ts';
import { useHasRole } from '../session/session.store.ts';
import { assessmentApi, reportPath, scoresPath } from './assessment-api.ts';
import { pointCounts, scoreChange } from './assessment-summary.ts';
import { ScoreLegend } from './map/score-legend.tsx';
import { PointsManager } from './points/points-manager.tsx';
import { useScoreMap } from './map/score-map.store.ts';
import { InspectorScoring } from './scoring/inspector-scoring.tsx';
import './assessment.css';
import './scoring/scoring.css';

/** A group's name: kinds are worded here, points outside every grid named as such, the rest as the server names them. */
function groupName(t: ReturnType<typeof useT>, by: AssessmentScoreBy, key: string, name: string): string {
  if (by === 'kind') return t(`assessment.kind.${key}` as MessageKey);
  if (key === '') return t('assessment.outsideGrids');
  return name;
}

function Scores({ round, by }: { round: RoundResponse; by: AssessmentScoreBy }) {
  const t = useT();
  const [scores, setScores] = useState<AssessmentScoresResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const asking = new AbortController();
    setScores(null);
    setError(null);
    assessmentApi.scores(round.id, by, asking.signal).then(setScores, (err: unknown) => {
      if (!isAbort(err)) setError(errorMessage(err));
    });
    return () => asking.abort();
  }, [round.id, by]);
  if (error) return <p className="form-error" role="alert">{error}</p>;
  if (!scores) return <p className="drawer-note">{t('drawer.loading')}</p>;
  if (scores.groups.length === 0) return <p className="drawer-note">{t('assessment.noScores')}</p>;
  return (
    <div className="table-scroll">
      <table className="assessment-table" aria-label={t('assessment.score')}>
        <thead>
          <tr>
            <th>{t('assessment.group')}</th>
            <th className="num">{t('assessment.score')}</th>
            <th className="num">{t('assessment.previous')}</th>
            <th className="num">{t('assessment.change')}</th>
            <th className="num">{t('assessment.pointCount')}</th>
          </tr>
        </thead>
        <tbody>
          {scores.groups.map((g) => (
            <tr key={g.key} data-key={g.key}>
              <td>{groupName(t, by, g.key, g.name)}</td>
              <td className="num">{g.score === null ? '—' : g.score.toFixed(1)}</td>
              <td className="num">{g.previous === null ? '—' : g.previous.toFixed(1)}</td>
              <td className="num">{scoreChange(g) ?? '—'}</td>
              <td className="num">{g.points}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Staff: the county's 点位, its mock-assessment rounds (dates, seed, sample) and a round's scores by group, with the Excel export. */
export function AssessmentView() {
  const t = useT();
  const [rounds, setRounds] = useState<RoundSummary[] | null>(null);
  const [points, setPoints] = useState<AssessmentPointsResponse | null>(null);
  const counts = useMemo(() => points && pointCounts(points), [points]);
  const [roundId, setRoundId] = useState<string | null>(null);
  const [round, setRound] = useState<RoundResponse | null>(null);
  const [by, setBy] = useState<AssessmentScoreBy>('unit');
  const [error, setError] = useState<string | null>(null);
  const mayScore = useHasRole('inspector', 'admin');
  const mayManage = useHasRole('admin', 'planner');
  const inspector = useHasRole('inspector');
  const [mode, setMode] = useState<'scores' | 'scoring' | 'points'>(inspector ? 'scoring' : 'scores');
  const [pointsRevision, setPointsRevision] = useState(0);

  useEffect(() => {
    const asking = new AbortController();
    const failed = (err: unknown) => {
      if (!isAbort(err)) setError(errorMessage(err));
    };
    assessmentApi.rounds(asking.signal).then((list) => {
      setRounds(list);
      setRoundId((id) => id ?? list[0]?.id ?? null);
    }, failed);
    assessmentApi.points(asking.signal).then(setPoints, failed);
    return () => asking.abort();
  }, [pointsRevision]);

  useEffect(() => {
    if (roundId === null) return;
    const asking = new AbortController();
    assessmentApi.round(roundId, asking.signal).then(setRound, (err: unknown) => {
      if (!isAbort(err)) setError(errorMessage(err));
    });
    return () => asking.abort();
  }, [roundId]);

  // the round's scores on the map while its table is shown
  const shownRound = mode === 'scores' && round?.id === roundId ? round : null;
  useEffect(() => {
    if (shownRound && points) useScoreMap.getState().show(shownRound, points);
    else useScoreMap.getState().hide();
  }, [shownRound, points]);
  useEffect(() => () => useScoreMap.getState().hide(), []);

  const summary = rounds?.find((r) => r.id === roundId);
  const modeList = [...(mayScore ? (['scoring'] as const) : []), 'scores' as const, ...(mayManage ? (['points'] as const) : [])];
  const modes = modeList.length > 1 && (
    <div className="segmented" role="radiogroup" aria-label={t('assessment.mode')}>
      {modeList.map((m) => (
        <button key={m} type="button" role="radio" aria-checked={mode === m} onClick={() => setMode(m)}>
          {t(`assessment.mode.${m}`)}
        </button>
      ))}
    </div>
  );
  if (mayManage && mode === 'points')
    return (
      <div className="assessment-view">
        {modes}
        {counts && <p className="assessment-meta">{t('assessment.points', counts)}</p>}
        <PointsManager onChanged={() => setPointsRevision((r) => r + 1)} />
      </div>
    );
  if (mayScore && mode === 'scoring')
    return (
      <div className="assessment-view">
        {modes}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        {!rounds && !error && <p className="drawer-note">{t('drawer.loading')}</p>}
        {rounds && rounds.length === 0 && <p className="drawer-note">{t('assessment.noRounds')}</p>}
        {rounds && rounds.length > 0 && <InspectorScoring rounds={rounds} />}
      </div>
    );
  return (
    <div className="assessment-view">
      {modes}
      {counts && <p className="assessment-meta">{t('assessment.points', counts)}</p>}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!rounds && !error && <p className="drawer-note">{t('drawer.loading')}</p>}
      {rounds && rounds.length === 0 && <p className="drawer-note">{t('assessment.noRounds')}</p>}
      {rounds && rounds.length > 0 && (
        <div className="assessment-filters">
          <label className="field">
            <span>{t('assessment.round')}</span>
            <select value={roundId ?? ''} onChange={(e) => setRoundId(e.target.value)}>
              {rounds.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('assessment.by')}</span>
            <select value={by} onChange={(e) => setBy(e.target.value as AssessmentScoreBy)}>
              {ASSESSMENT_SCORE_BY.map((b) => (
                <option key={b} value={b}>
                  {t(`assessment.by.${b}`)}
                </option>
              ))}
            </select>
          </label>
          {roundId && (
            <a className="button button-small" href={scoresPath(roundId, by, 'xlsx')} download>
              Excel
            </a>
          )}
          {roundId && (
            <a className="button button-small" href={reportPath(roundId)} download>
              {t('assessment.report')}
            </a>
          )}
        </div>
      )}
      {summary && <p className="assessment-meta">{t('assessment.roundMeta', { from: summary.from, to: summary.to, points: summary.points, submitted: summary.submitted })}</p>}
      {round && round.id === roundId && (
        <>
          <p className="assessment-meta muted">{t('assessment.seed', { seed: round.seed })}</p>
          {round.tookAll && <p className="assessment-meta">{t('assessment.tookAll', { count: round.shortfalls.length })}</p>}
          <ScoreLegend />
          <Scores round={round} by={by} />
          <p className="assessment-meta muted">{t('assessment.scoreNote')}</p>
        </>
      )}
    </div>
  );
}
