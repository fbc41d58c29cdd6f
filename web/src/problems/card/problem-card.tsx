import { isProblemStatus, type ProblemDetailResponse } from '@wangge/geodata';
import { useLocale, useT } from '../../i18n/lang.ts';
import { formatInstant } from '../../week/weeks.ts';
import { useProblemCard } from '../card.store.ts';
import { photoPhases, photosByEvent } from '../photo-phases.ts';
import { categoryLabel } from '../problem-labels.ts';
import { ProblemStatusChip } from '../problem-status-chip.tsx';
import { ProblemHistory } from './problem-history.tsx';
import { ProblemPhotos } from './problem-photos.tsx';
import { WorkflowActions } from './workflow-actions.tsx';

/** One problem: what and where, who answers for it, its deadline, the steps open to this user, photos and history. */
export function ProblemCard({ problem }: { problem: ProblemDetailResponse }) {
  const t = useT();
  const locale = useLocale();
  const justFiled = useProblemCard((s) => s.justFiled);
  const photoError = useProblemCard((s) => s.photoError);
  const { before, after } = photoPhases(problem.events, problem.photos);
  const separator = t('panel.listSeparator');

  return (
    <>
      <header className="panel-title">
        <p className="eyebrow">
          {t('problemCard.eyebrow')} · <span className="mono">{problem.id}</span>
        </p>
        <h2 id="problem-heading">{categoryLabel(t, problem.category)}</h2>
        <ProblemStatusChip status={problem.status} overdue={problem.overdue} />
      </header>

      {justFiled && (
        <p className="problem-notice" role="status">
          {problem.outsideGrids ? t('problemCard.filedOutside') : t('problemCard.filedBanner')}
        </p>
      )}
      {photoError && (
        <p className="panel-error" role="alert">
          {t('problemCard.photoFailed', { message: photoError })}
        </p>
      )}

      <section className="panel-section">
        <p className="problem-description">{problem.description}</p>
        <dl className="facts">
          <dt>{t('problemCard.grid')}</dt>
          <dd>
            {problem.grid ? (
              <>
                {problem.grid.name} <span className="mono muted">{problem.grid.code}</span>
              </>
            ) : (
              <span className="tag tag-outside">{t('problems.outsideGrids')}</span>
            )}
          </dd>
          <dt>{t('problemCard.streetOffice')}</dt>
          <dd>{problem.streetOffice?.name ?? '—'}</dd>
          <dt>{t('problemCard.units')}</dt>
          <dd className="problem-units">{problem.units.length ? problem.units.map((u) => u.name).join(separator) : <span className="muted">{t('problemCard.noUnits')}</span>}</dd>
          <dt>{t('problemCard.filed')}</dt>
          <dd>{formatInstant(problem.createdAt, locale)}</dd>
          {problem.dueAt && (
            <>
              <dt>{t('problemCard.due')}</dt>
              <dd className={problem.overdue ? 'is-overdue' : undefined}>
                {formatInstant(problem.dueAt, locale)}
                {problem.overdue && ` · ${t('problemCard.overdueSince')}`}
              </dd>
            </>
          )}
          <dt>{t('problemCard.next')}</dt>
          <dd>{isProblemStatus(problem.status) ? t(`problemNext.${problem.status}`) : problem.status}</dd>
        </dl>
      </section>

      <WorkflowActions key={problem.id} problem={problem} />
      <ProblemPhotos before={before} after={after} />
      <ProblemHistory events={problem.events} photos={photosByEvent(problem.events, problem.photos)} />
    </>
  );
}
