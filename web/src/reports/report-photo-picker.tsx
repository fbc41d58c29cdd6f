import { useMemo, type ChangeEvent } from 'react';
import type { PhotoInfo } from '@wangge/geodata';
import { useT } from '../i18n/lang.ts';
import { MAX_PHOTO_MB, MAX_PHOTOS, PHOTO_TYPES } from './photo-check.ts';

/** A photo chosen in the form, not sent yet: the file and a local URL for its thumbnail. */
export interface PickedPhoto {
  key: string;
  file: File;
  url: string;
}

interface Props {
  /** the stored photos the new version keeps */
  kept: readonly PhotoInfo[];
  picked: readonly PickedPhoto[];
  onAdd: (files: File[]) => void;
  onRemoveKept: (id: string) => void;
  onRemovePicked: (key: string) => void;
  busy: boolean;
}

/**
 * The photos of the report being written, inside its form: the stored ones it keeps and the ones
 * just taken or chosen, each with a remove button, and buttons to take (phones) or choose more.
 * Nothing is uploaded here: the photos go with the report.
 */
export function ReportPhotoPicker({ kept, picked, onAdd, onRemoveKept, onRemovePicked, busy }: Props) {
  const t = useT();
  // a phone offers its camera directly; elsewhere one file picker is enough
  const touch = useMemo(() => globalThis.matchMedia?.('(pointer: coarse)').matches ?? false, []);
  const count = kept.length + picked.length;
  const choose = (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])];
    e.target.value = '';
    if (files.length) onAdd(files);
  };
  const accept = PHOTO_TYPES.join(',');

  return (
    <fieldset className="photos" aria-describedby="photos-hint">
      <legend>{t('photos.title')}</legend>
      <span id="photos-hint" className="muted photos-hint">
        {t('photos.hint', { mb: MAX_PHOTO_MB, max: MAX_PHOTOS })}
      </span>
      {count === 0 ? (
        <p className="muted photos-none">{t('photos.none')}</p>
      ) : (
        <ul className="thumbs">
          {kept.map((p, i) => (
            <li key={p.id}>
              <a href={p.url} target="_blank" rel="noreferrer">
                <img src={p.url} alt={t('photos.alt', { n: i + 1 })} loading="lazy" />
              </a>
              <button type="button" className="thumb-remove" aria-label={t('photos.remove', { n: i + 1 })} disabled={busy} onClick={() => onRemoveKept(p.id)}>
                ×
              </button>
            </li>
          ))}
          {picked.map((p, i) => (
            <li key={p.key} data-new="true">
              <img src={p.url} alt={t('photos.alt', { n: kept.length + i + 1 })} />
              <span className="thumb-badge">{t('photos.new')}</span>
              <button type="button" className="thumb-remove" aria-label={t('photos.remove', { n: kept.length + i + 1 })} disabled={busy} onClick={() => onRemovePicked(p.key)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {count < MAX_PHOTOS && (
        <div className="photo-buttons">
          {touch && (
            <label className="button button-small upload-button">
              {t('photos.take')}
              <input type="file" accept={accept} capture="environment" onChange={choose} disabled={busy} className="visually-hidden" />
            </label>
          )}
          <label className="button button-small upload-button">
            {t('photos.choose')}
            <input type="file" accept={accept} multiple onChange={choose} disabled={busy} className="visually-hidden" />
          </label>
        </div>
      )}
    </fieldset>
  );
}
