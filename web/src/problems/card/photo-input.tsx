import { useId, useRef } from 'react';
import { useT } from '../../i18n/lang.ts';

/** What the API takes (it sniffs the bytes too): JPEG, PNG, WebP up to 5 MB. */
export const PHOTO_TYPES = 'image/jpeg,image/png,image/webp';
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

/**
 * A file picker that adds to a list of chosen photos, each removable. Oversized files are kept
 * out here with a message, so the user need not wait for the server's 413.
 */
export function PhotoInput({ label, photos, onChange, disabled }: { label: string; photos: readonly File[]; onChange: (photos: File[]) => void; disabled?: boolean }) {
  const t = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const tooLarge = photos.filter((f) => f.size > MAX_PHOTO_BYTES);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {/* the browser's own picker says "Choose Files / No file chosen" in its language, not the page's */}
      <button type="button" className="button button-small upload-button" disabled={disabled} onClick={() => input.current?.click()}>
        {t('photos.add')}
      </button>
      <input
        ref={input}
        id={id}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        accept={PHOTO_TYPES}
        multiple
        disabled={disabled}
        onChange={(e) => {
          onChange([...photos, ...Array.from(e.target.files ?? [])]);
          e.target.value = '';
        }}
      />
      <p className="field-hint">{t('filing.photosHint')}</p>
      {photos.length > 0 && (
        <ul className="chosen-photos">
          {photos.map((f, i) => (
            <li key={`${f.name}-${i}`}>
              <span>{f.name}</span>
              <button type="button" className="link-button" aria-label={t('filing.removePhoto', { name: f.name })} onClick={() => onChange(photos.filter((_, j) => j !== i))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {tooLarge.map((f) => (
        <p key={f.name} className="field-error" role="alert">
          {t('filing.tooLarge', { name: f.name })}
        </p>
      ))}
    </div>
  );
}

export const photosOk = (photos: readonly File[]) => photos.every((f) => f.size <= MAX_PHOTO_BYTES);
