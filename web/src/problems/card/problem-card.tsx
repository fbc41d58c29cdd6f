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

/** One problem: what and where, who answers for it (the owner unit, its person, co-operating and routed units), its deadline, the steps open to this user, photos and history. */
export function ProblemCard({ problem }: { problem: ProblemDetailResponse }) {
  const t = useT();
  const locale = useLocale();
  const justFiled = useProblemCard((s) => s.justFiled);
  const photoError = useProblemCard((s) => s.photoError);
  const photosQueued = useProblemCard((s) => s.photosQueued);
  const { before, after } = photoPhases(problem.events, problem.photos);
  const separator = t('panel.listSeparator');
  const co = problem.units.filter((u) => u.role === 'cooperating');
  // before 交办 every linked unit is routed; after it, the owner and co-operating ones are named above
  const routed = problem.units.filter((u) => u.role === 'routed');

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
      {photosQueued > 0 && (
        <p className="problem-notice" role="status">
          {t('problemCard.photosQueued', { count: photosQueued })}
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
          <dt>{t('problemCard.owner')}</dt>
          <dd className="problem-owner">{problem.ownerUnitName ?? <span className="muted">{t('problemCard.noOwner')}</span>}</dd>
          {problem.ownerPerson && (
            <>
              <dt>{t('problemCard.ownerPerson')}</dt>
              <dd className="problem-owner-person">
                {problem.ownerPerson.name}
                {problem.ownerPerson.phone && (
                  <>
                    {' '}
                    <a className="mono" href={`tel:${problem.ownerPerson.phone.replace(/[^\d+]/g, '')}`}>
                      {problem.ownerPerson.phone}
                    </a>
                  </>
                )}
              </dd>
            </>
          )}
          {co.length > 0 && (
            <>
              <dt>{t('problemCard.coUnits')}</dt>
              <dd className="problem-co-units">{co.map((u) => u.name).join(separator)}</dd>
            </>
          )}
          {problem.ownerUnitId === null ? (
            <>
              <dt>{t('problemCard.units')}</dt>
              <dd className="problem-units">{routed.length ? routed.map((u) => u.name).join(separator) : <span className="muted">{t('problemCard.noUnits')}</span>}</dd>
            </>
          ) : (
            routed.length > 0 && (
              <>
                <dt>{t('problemCard.routedUnits')}</dt>
                <dd className="problem-units">{routed.map((u) => u.name).join(separator)}</dd>
              </>
            )
          )}
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
