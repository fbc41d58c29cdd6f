import { useEffect, useState } from 'react';
import { SCORE_INDICATORS, type ScoreRatio, type ScoresResponse } from '@wangge/geodata';
import { getJson, isAbort } from '../api/client.ts';
import { withCounty } from '../api/county.ts';
import { errorMessage } from '../api/error-message.ts';
import { useT } from '../i18n/lang.ts';
import { useData } from '../state/data.store.ts';
import { percent, recentQuarters } from './quarters.ts';
import './scores.css';

const QUARTERS_SHOWN = 6;

const scoresPath = (quarter: string, format?: 'csv' | 'xlsx') => `/api/scores?${new URLSearchParams({ quarter, ...(format && { format }) })}`;

function Ratio({ r }: { r: ScoreRatio }) {
  return (
    <>
      <span>{percent(r.share)}</span> <span className="muted">
        {r.count}/{r.of}
      </span>
    </>
  );
}

/** Staff: the quarter's 考核 — each unit's score with its formula, ranked, the indicators and their weights; CSV and Excel downloads. */
export function ScoresView() {
  const t = useT();
  const now = useData((s) => s.config?.now ?? null);
  const quarters = now ? recentQuarters(Date.parse(now), QUARTERS_SHOWN) : [];
  const [picked, setPicked] = useState<string | null>(null);
  const quarter = picked ?? quarters[0] ?? null;
  const [data, setData] = useState<ScoresResponse | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!quarter) return;
    const asking = new AbortController();
    setError(null);
    setData(null);
    getJson<ScoresResponse>(scoresPath(quarter), asking.signal).then(setData, (err: unknown) => {
      if (!isAbort(err)) setError(errorMessage(err));
    });
    return () => asking.abort();
  }, [quarter]);

  if (!quarter) return null;
  return (
    <div className="scores-view">
      <div className="scores-bar">
        <label className="field">
          <span>{t('scores.quarter')}</span>
          <select value={quarter} onChange={(e) => setPicked(e.target.value)}>
            {quarters.map((q) => (
              <option key={q} value={q}>
                {t('scores.quarterName', { year: q.slice(0, 4), q: q.slice(5) })}
              </option>
            ))}
          </select>
        </label>
        <a className="button button-small" href={withCounty(scoresPath(quarter, 'xlsx'))} download>
          {t('scores.downloadXlsx')}
        </a>
        <a className="button button-small" href={withCounty(scoresPath(quarter, 'csv'))} download>
          {t('scores.downloadCsv')}
        </a>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!data && !error && <p className="drawer-note">{t('drawer.loading')}</p>}
      {data && (
        <>
          <p className="drawer-note">
            {t('scores.period', { from: data.from, to: data.to, weeks: data.weeks.length })}
            <br />
            {t('scores.weights', { ...data.weights })}
          </p>
          {data.units.length === 0 ? (
            <p className="drawer-note">{t('scores.empty')}</p>
          ) : (
            <div className="scores-table-wrap">
              <table className="scores-table" aria-label={t('scores.tableLabel', { quarter: data.quarter })}>
                <thead>
                  <tr>
                    <th scope="col">{t('scores.rank')}</th>
                    <th scope="col">{t('scores.unit')}</th>
                    <th scope="col">{t('scores.score')}</th>
                    {SCORE_INDICATORS.map((k) => (
                      <th key={k} scope="col">
                        {t(`scores.indicator.${k}`)}
                        <span className="muted"> {t('scores.weightShort', { weight: data.weights[k] })}</span>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {data.units.map((u) => (
                    <tr key={u.unitId} data-unit={u.unitId}>
                      <td className="scores-rank">{u.rank}</td>
                      <th scope="row">{u.unitName}</th>
                      <td className="scores-score">
                        <strong>{u.score.toFixed(1)}</strong>
                        <div className="scores-formula muted">{u.formula}</div>
                      </td>
                      {SCORE_INDICATORS.map((k) => (
                        <td key={k}>
                          <Ratio r={u[k]} />
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p className="muted scores-note">{t('scores.note')}</p>
        </>
      )}
    </div>
  );
}
