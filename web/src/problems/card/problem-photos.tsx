import type { PhotoInfo } from '@wangge/geodata';
import { useT } from '../../i18n/lang.ts';

/** Thumbnails that open the full photo in a new tab. */
export function PhotoStrip({ photos, phase }: { photos: readonly PhotoInfo[]; phase: string }) {
  const t = useT();
  if (photos.length === 0) return null;
  return (
    <ul className="photo-strip">
      {photos.map((p, i) => (
        <li key={p.id}>
          <a href={p.url} target="_blank" rel="noreferrer">
            <img src={p.url} alt={t('problemCard.photoAlt', { phase, n: i + 1 })} loading="lazy" />
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The photos side by side: before the fix, and after it. */
export function ProblemPhotos({ before, after }: { before: readonly PhotoInfo[]; after: readonly PhotoInfo[] }) {
  const t = useT();
  if (before.length === 0 && after.length === 0) return null;
  const phases = [
    { key: 'before', label: t('problemCard.before'), photos: before },
    { key: 'after', label: t('problemCard.after'), photos: after },
  ];
  return (
    <section className="panel-section" aria-labelledby="problem-photos">
      <h3 id="problem-photos">{t('problemCard.photos')}</h3>
      <div className="photo-phases">
        {phases.map((ph) => (
          <figure key={ph.key} className="photo-phase" data-phase={ph.key}>
            <figcaption>{ph.label}</figcaption>
            {ph.photos.length ? <PhotoStrip photos={ph.photos} phase={ph.label} /> : <p className="muted">{t('problemCard.noPhotos')}</p>}
          </figure>
        ))}
      </div>
    </section>
  );
}
