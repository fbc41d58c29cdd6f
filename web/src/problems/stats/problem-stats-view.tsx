import { useEffect, useState } from 'react';
import { PROBLEM_STATS_BY, type ProblemStatsBy, type ProblemStatsResponse, type ProblemStatsSeries } from '@wangge/geodata';
import { isAbort } from '../../api/client.ts';
import { errorMessage } from '../../api/error-message.ts';
import { useT } from '../../i18n/lang.ts';
import { useView } from '../../state/view.store.ts';
import { useProblemList } from '../list.store.ts';
import { categoryLabel } from '../problem-labels.ts';
import { activeFilterCount } from '../problem-query.ts';
import { problemsApi, STATS_WEEKS } from '../problems-api.ts';
import { useProblemQuery } from '../query.store.ts';
import { DeadlineSettings } from './deadline-settings.tsx';
import { StatsChart } from './stats-chart.tsx';
import { statsRow, statsRows } from './stats-rows.ts';
import { StatsTable } from './stats-table.tsx';
import './problem-stats.css';

type Load = { state: 'loading' } | { state: 'ready'; data: ProblemStatsResponse } | { state: 'error'; message: string };

/**
 * The leaders' view of problems (问题统计): the problems the list's filter selects, counted per week —
 * filed, fixed, verified, still open and overdue — for the whole filter and per grid, unit, owner
 * unit, category or community, as a chart, a table and CSV/Excel.
 */
export function ProblemStatsView() {
  const t = useT();
  const week = useView((s) => s.week);
  const filter = useProblemQuery((s) => s.filter);
  const revision = useProblemQuery((s) => s.revision);
  const openList = useProblemList((s) => s.setOpen);
  const [by, setBy] = useState<ProblemStatsBy>('grid');
  const [picked, setPicked] = useState<string | null>(null);
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    if (!week) return;
    const controller = new AbortController();
    setLoad({ state: 'loading' });
    problemsApi.stats(filter, week, by, controller.signal).then(
      (data) => setLoad({ state: 'ready', data }),
      (err) => !isAbort(err) && setLoad({ state: 'error', message: errorMessage(err) }),
    );
    return () => controller.abort();
  }, [filter, week, by, revision]);

  const nameOf = (s: Pick<ProblemStatsSeries, 'key' | 'name'>) =>
    s.key === '' ? t(by === 'unit' ? 'problemStats.noUnit' : by === 'owner' ? 'problemStats.noOwner' : 'problems.outsideGrids') : by === 'category' ? categoryLabel(t, s.key) : s.name;
  const data = load.state === 'ready' ? load.data : null;
  const chosen = data && picked !== null ? data.series.find((s) => s.key === picked) : undefined;
  const filters = activeFilterCount(filter);

  return (
    <div className="problem-stats">
      <div className="section-head">
        <h3 id="problem-stats-title" className="drawer-h3">
          {t('problemStats.title', { weeks: STATS_WEEKS })}
        </h3>
        <div className="segmented" role="radiogroup" aria-label={t('problemStats.by')}>
          {PROBLEM_STATS_BY.map((b) => (
            <button
              key={b}
              type="button"
              role="radio"
              aria-checked={by === b}
              onClick={() => {
                setBy(b);
                setPicked(null);
              }}
            >
              {t(`problemStats.by.${b}`)}
            </button>
          ))}
        </div>
      </div>
      <p className="drawer-note stats-filter">
        {filters ? t('problemStats.filtered', { count: filters }) : t('problemStats.unfiltered')}{' '}
        <button type="button" className="link-button" onClick={() => openList(true)}>
          {t('problemStats.openList')}
        </button>
      </p>
      {load.state === 'error' && (
        <p className="form-error" role="alert">
          {t('drawer.failed', { message: load.message })}
        </p>
      )}
      {load.state === 'loading' && <p className="drawer-note">{t('drawer.loading')}</p>}
      {data && (
        <>
          <div className="stats-chart-head">
            <h4>{chosen ? nameOf(chosen) : t('problemStats.total')}</h4>
            {chosen && (
              <button type="button" className="link-button" onClick={() => setPicked(null)}>
                {t('problemStats.showTotal')}
              </button>
            )}
          </div>
          <StatsChart weeks={data.weeks} counts={chosen ?? data.total} label={t('problemStats.chart', { name: chosen ? nameOf(chosen) : t('problemStats.total'), weeks: STATS_WEEKS })} />
          <p className="drawer-note">{t('problemStats.columns', { weeks: STATS_WEEKS })}</p>
          <StatsTable
            total={statsRow('', t('problemStats.total'), data.total)}
            rows={statsRows(data.series, nameOf)}
            picked={chosen ? chosen.key : null}
            onPick={setPicked}
            groupLabel={t(`problemStats.by.${by}`)}
          />
          <div className="export-links">
            <div className="export-group">
              <span>{t('problemStats.export')}</span>
              {(['csv', 'xlsx'] as const).map((format) => (
                <a key={format} className="button button-small" href={problemsApi.statsExportUrl(filter, week!, by, format)} download>
                  {t(`download.${format}`)}
                </a>
              ))}
            </div>
          </div>
        </>
      )}
      <DeadlineSettings />
    </div>
  );
}
