import { useEffect } from 'react';
import { useLocale, useT } from '../i18n/lang.ts';
import { formatInstant } from '../week/weeks.ts';
import { ACTIVITY_LABELS, isActivity } from './report-form-model.ts';
import { useReports } from './reports.store.ts';

/**
 * Every version of a stored report, newest first: when and by whom it was made, whether it was
 * made after the deadline, which one timeliness is judged on, and what it said and showed.
 */
export function ReportVersions({ reportId, revision }: { reportId: number; revision: number }) {
  const t = useT();
  const locale = useLocale();
  const load = useReports((s) => s.versions[reportId]);
  const loadVersions = useReports((s) => s.loadVersions);

  useEffect(() => {
    void loadVersions(reportId);
  }, [reportId, revision, loadVersions]);

  if (!load || load.state === 'loading') return null;
  if (load.state === 'error') return <p className="form-error">{t('drawer.failed', { message: load.message })}</p>;
  const versions = [...load.data.versions].reverse();
  const last = load.data.versions.length;

  return (
    <details className="report-versions" open={last > 1}>
      <summary>{t('history.title', { count: last })}</summary>
      <ol reversed>
        {versions.map((v) => (
          <li key={v.revision} data-revision={v.revision} data-late={v.late}>
            <div className="version-head">
              <strong>{t('history.version', { revision: v.revision })}</strong>
              <span className="muted">{t('history.made', { time: formatInstant(v.madeAt, locale), who: v.madeBy ?? '—' })}</span>
              {v.revision === last && <span className="tag tag-current">{t('history.current')}</span>}
              {v.counted && <span className="tag tag-counted">{t('history.counted')}</span>}
              {v.late && <span className="tag tag-late">{t(v.revision === 1 ? 'history.lateFirst' : 'history.late')}</span>}
            </div>
            <p className="version-facts muted">
              {[
                v.workedOn,
                v.participants !== null ? t('history.people', { n: v.participants }) : null,
                (v.activities ?? []).map((a) => (isActivity(a) ? t(ACTIVITY_LABELS[a]) : a)).join(t('panel.listSeparator')) || null,
                v.photos ? t('history.photos', { count: v.photos.length }) : t('history.photosUnknown'),
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {v.content && <p className="version-content">{v.content}</p>}
            {v.photos && v.photos.length > 0 && (
              <ul className="thumbs thumbs-small">
                {v.photos.map((p, i) => (
                  <li key={p.id}>
                    <a href={p.url} target="_blank" rel="noreferrer">
                      <img src={p.url} alt={t('history.photoAlt', { revision: v.revision, n: i + 1 })} loading="lazy" />
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
