import { useEffect, useState } from 'react';
import { OPEN_PROBLEM_STATUSES, type ProblemsResponse } from '@wangge/geodata';
import { errorMessage } from '../api/error-message.ts';
import { useT } from '../i18n/lang.ts';
import type { Load } from '../state/load.ts';
import { useProblemList } from './list.store.ts';
import { NO_FILTER } from './problem-query.ts';
import { problemsApi } from './problems-api.ts';
import { useProblemQuery } from './query.store.ts';
import { ProblemRows } from './list/problem-rows.tsx';

/** How many open problems the grid panel lists before pointing to the full list. */
const SHOWN = 5;

/** The grid panel's section: the grid's open problems, newest first, each opening its card. */
export function GridProblems({ gridId }: { gridId: string }) {
  const t = useT();
  const revision = useProblemQuery((s) => s.revision);
  const [load, setLoad] = useState<Load<ProblemsResponse>>({ state: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    problemsApi
      .list({ ...NO_FILTER, grid: gridId, statuses: OPEN_PROBLEM_STATUSES }, { limit: SHOWN }, controller.signal)
      .then((data) => setLoad({ state: 'ready', data }))
      .catch((err: unknown) => {
        if (!controller.signal.aborted) setLoad({ state: 'error', message: errorMessage(err) });
      });
    return () => controller.abort();
  }, [gridId, revision]);

  const showAll = () => {
    useProblemQuery.getState().setFilter({ ...NO_FILTER, grid: gridId, statuses: OPEN_PROBLEM_STATUSES });
    useProblemList.getState().setOpen(true);
  };

  return (
    <section className="panel-section grid-problems" aria-labelledby="grid-problems">
      <h3 id="grid-problems">
        {t('gridProblems.title')}
        {load.state === 'ready' && <span className="h3-note">{load.data.total}</span>}
      </h3>
      {load.state === 'error' && <p className="panel-error">{t('gridProblems.failed', { message: load.message })}</p>}
      {load.state === 'ready' && load.data.total === 0 && <p className="muted">{t('gridProblems.none')}</p>}
      {load.state === 'ready' && <ProblemRows problems={load.data.features.map((f) => f.properties)} />}
      {load.state === 'ready' && load.data.total > SHOWN && (
        <button type="button" className="link-button" onClick={showAll}>
          {t('gridProblems.more', { total: load.data.total })}
        </button>
      )}
    </section>
  );
}
