import type { PhotoInfo, ProblemEventInfo } from '@wangge/geodata';
import { useLocale, useT } from '../../i18n/lang.ts';
import { formatInstant } from '../../week/weeks.ts';
import { actionLabel, stepTitle } from '../problem-labels.ts';
import { PhotoStrip } from './problem-photos.tsx';

/** Every step taken, oldest first: what, who (by name and the unit they acted for), when, what 交办 named, the note, and the photos sent with it. */
export function ProblemHistory({ events, photos }: { events: readonly ProblemEventInfo[]; photos: readonly PhotoInfo[][] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="panel-section" aria-labelledby="problem-history">
      <h3 id="problem-history">{t('problemCard.history')}</h3>
      <ol className="problem-history">
        {events.map((e, i) => (
          <li key={`${e.at}-${i}`} data-action={e.action}>
            <div className="history-line">
              <strong>{stepTitle(t, e)}</strong>
              {e.by && <span className="history-actor">{e.by.unitName ? t('problemCard.actor', { name: e.by.displayName, unit: e.by.unitName }) : e.by.displayName}</span>}
              <time className="muted" dateTime={e.at}>
                {formatInstant(e.at, locale)}
              </time>
            </div>
            {e.assignment && (
              <p className="history-assignment">
                {[
                  t('problemCard.assigned', { unit: e.assignment.ownerUnitName }),
                  e.assignment.ownerPerson && t('problemCard.assignedPerson', { name: [e.assignment.ownerPerson.name, e.assignment.ownerPerson.phone].filter(Boolean).join(' ') }),
                  e.assignment.dueAt && t('problemCard.assignedDue', { time: formatInstant(e.assignment.dueAt, locale) }),
                  e.assignment.coUnits.length > 0 && t('problemCard.assignedCo', { units: e.assignment.coUnits.map((u) => u.name).join(t('panel.listSeparator')) }),
                ]
                  .filter(Boolean)
                  .join(t('problemCard.factSeparator'))}
              </p>
            )}
            {e.note && e.action !== 'reroute' && <p className="history-note">{e.note}</p>}
            <PhotoStrip photos={photos[i] ?? []} phase={actionLabel(t, e.action)} />
          </li>
        ))}
      </ol>
    </section>
  );
}
