import type { PhotoInfo, ProblemEventInfo } from '@wangge/geodata';
import { useLocale, useT } from '../../i18n/lang.ts';
import { formatInstant } from '../../week/weeks.ts';
import { actionLabel } from '../problem-labels.ts';
import { PhotoStrip } from './problem-photos.tsx';

/** Every step taken, oldest first: what, who, when, the note, and the photos sent with it. */
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
              <strong>{actionLabel(t, e.action)}</strong>
              {e.by && <span>{t('problemCard.by', { user: e.by })}</span>}
              <time className="muted" dateTime={e.at}>
                {formatInstant(e.at, locale)}
              </time>
            </div>
            {e.note && <p className="history-note">{e.note}</p>}
            <PhotoStrip photos={photos[i] ?? []} phase={actionLabel(t, e.action)} />
          </li>
        ))}
      </ol>
    </section>
  );
}
