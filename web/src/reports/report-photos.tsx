import { useEffect, useState, type ChangeEvent } from 'react';
import { errorMessage } from '../api/error-message.ts';
import { useT } from '../i18n/lang.ts';
import type { Message } from './countdown.ts';
import { MAX_PHOTO_MB, MAX_PHOTOS, PHOTO_TYPES, photoProblem } from './photo-check.ts';
import { useReports } from './reports.store.ts';

/** Thumbnails of a report's photos and an upload button; photos attach to a stored report only. */
export function ReportPhotos({ reportId }: { reportId: number | null }) {
  const t = useT();
  const load = useReports((s) => (reportId === null ? undefined : s.photos[reportId]));
  const loadPhotos = useReports((s) => s.loadPhotos);
  const addPhoto = useReports((s) => s.addPhoto);
  const [uploading, setUploading] = useState(0);
  const [problems, setProblems] = useState<Message[]>([]);

  useEffect(() => {
    if (reportId !== null) void loadPhotos(reportId);
  }, [reportId, loadPhotos]);

  if (reportId === null) return <p className="photos-note muted">{t('photos.afterSubmit')}</p>;
  const photos = load?.state === 'ready' ? load.data : [];

  const upload = async (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])];
    e.target.value = '';
    const found: Message[] = [];
    const good = files.filter((f) => {
      const problem = photoProblem(f);
      if (problem) found.push(problem);
      return !problem;
    });
    setUploading(good.length);
    for (const file of good) {
      try {
        await addPhoto(reportId, file);
      } catch (err) {
        found.push({ key: 'photos.failed', params: { name: file.name, message: errorMessage(err) } });
      }
      setUploading((n) => n - 1);
    }
    setProblems(found);
  };

  return (
    <section className="photos" aria-label={t('photos.title')}>
      <div className="photos-head">
        <h4>{t('photos.title')}</h4>
        <span className="muted">{t('photos.hint', { mb: MAX_PHOTO_MB })}</span>
      </div>
      {photos.length > 0 ? (
        <ul className="thumbs">
          {photos.map((p, i) => (
            <li key={p.id}>
              <a href={p.url} target="_blank" rel="noreferrer">
                <img src={p.url} alt={t('photos.alt', { n: i + 1 })} loading="lazy" />
              </a>
            </li>
          ))}
        </ul>
      ) : (
        load?.state === 'ready' && <p className="muted">{t('photos.none')}</p>
      )}
      {load?.state === 'error' && <p className="form-error">{t('drawer.failed', { message: load.message })}</p>}
      {problems.map((m, i) => (
        <p key={i} className="form-error" role="alert">
          {t(m.key, m.params)}
        </p>
      ))}
      {uploading > 0 && <p role="status">{t('photos.uploading', { count: uploading })}</p>}
      {photos.length < MAX_PHOTOS && (
        <label className="button button-small upload-button">
          {t('photos.add')}
          <input type="file" accept={PHOTO_TYPES.join(',')} multiple onChange={upload} disabled={uploading > 0} className="visually-hidden" />
        </label>
      )}
    </section>
  );
}
