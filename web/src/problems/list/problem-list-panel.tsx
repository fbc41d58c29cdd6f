import { useT } from '../../i18n/lang.ts';
import { LIST_PAGE_SIZE, useProblemList } from '../list.store.ts';
import { problemsApi } from '../problems-api.ts';
import { useProblemQuery } from '../query.store.ts';
import { ProblemFilters } from './problem-filters.tsx';
import { ProblemRows } from './problem-rows.tsx';

/** The list view: filters, the count, exports with the same filter, and the problems a page at a time. */
export function ProblemListPanel() {
  const t = useT();
  const { open, offset, page, setOpen, goTo } = useProblemList();
  const filter = useProblemQuery((s) => s.filter);
  if (!open) return null;

  const data = page?.state === 'ready' ? page.data : null;
  const total = data?.total ?? 0;
  return (
    <section className="problem-list card" aria-labelledby="problem-list-title">
      <header className="problem-list-head">
        <h2 id="problem-list-title">{t('problems.list')}</h2>
        <button type="button" className="icon-button" onClick={() => setOpen(false)} aria-label={t('problemList.close')} title={t('problemList.close')}>
          ×
        </button>
      </header>
      <ProblemFilters />
      <div className="problem-list-bar">
        <span aria-live="polite">{data ? t('problemList.total', { total }) : page?.state === 'loading' ? t('problemList.loading') : ''}</span>
        <span className="exports">
          {t('problemList.export')}
          <a href={problemsApi.exportUrl(filter, 'csv')} download>
            {t('problemList.csv')}
          </a>
          <a href={problemsApi.exportUrl(filter, 'xlsx')} download>
            {t('problemList.xlsx')}
          </a>
        </span>
      </div>
      <div className="problem-list-body">
        {page?.state === 'error' && (
          <p className="panel-error" role="alert">
            {t('problemList.failed', { message: page.message })}
          </p>
        )}
        {data && data.features.length === 0 && <p className="muted problem-list-empty">{t('problemList.none')}</p>}
        {data && <ProblemRows problems={data.features.map((f) => f.properties)} />}
      </div>
      {data && total > LIST_PAGE_SIZE && (
        <nav className="pager" aria-label={t('problems.list')}>
          <button type="button" className="button" disabled={offset === 0} onClick={() => goTo(offset - LIST_PAGE_SIZE)}>
            {t('problemList.previous')}
          </button>
          <span>{t('problemList.range', { from: offset + 1, to: Math.min(total, offset + data.features.length), total })}</span>
          <button type="button" className="button" disabled={offset + LIST_PAGE_SIZE >= total} onClick={() => goTo(offset + LIST_PAGE_SIZE)}>
            {t('problemList.next')}
          </button>
        </nav>
      )}
    </section>
  );
}
