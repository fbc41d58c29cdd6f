import { PROBLEM_CATEGORIES, type ProblemCategory } from '@wangge/geodata';
import { useT } from '../../i18n/lang.ts';
import { PhotoInput, photosOk } from '../card/photo-input.tsx';
import { useFiling } from '../filing.store.ts';
import { categoryLabel } from '../problem-labels.ts';
import { NearbyList } from './nearby-list.tsx';
import { DeadlineHint } from './deadline-hint.tsx';
import { PlaceLine } from './place-line.tsx';
import { UseLocationButton } from './use-location.tsx';

/** The 上报问题 form: the place (a click on the map or the device's location), category, description, photos. */
export function FilingForm() {
  const t = useT();
  const { at, category, description, photos, submitting, error, edit, submit, cancel } = useFiling();
  const ready = at !== null && category !== null && description.trim() !== '' && photosOk(photos);

  return (
    <form
      className="filing-form"
      aria-labelledby="problem-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <header className="panel-title">
        <h2 id="problem-heading">{t('filing.title')}</h2>
      </header>

      <section className="panel-section filing-place">
        {at ? <PlaceLine at={at} /> : <p className="filing-hint">{t('filing.placeHint')}</p>}
        <UseLocationButton />
      </section>

      <section className="panel-section filing-fields">
        <label className="field">
          <span>{t('filing.category')}</span>
          <select value={category ?? ''} required onChange={(e) => edit({ category: (e.target.value || null) as ProblemCategory | null })} disabled={submitting}>
            <option value="">{t('filing.chooseCategory')}</option>
            {PROBLEM_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {categoryLabel(t, c)}
              </option>
            ))}
          </select>
          <DeadlineHint category={category} />
        </label>
        <NearbyList />
        <label className="field">
          <span>{t('filing.description')}</span>
          <textarea
            value={description}
            rows={3}
            maxLength={2000}
            required
            placeholder={t('filing.descriptionHint')}
            onChange={(e) => edit({ description: e.target.value })}
            disabled={submitting}
          />
        </label>
        <PhotoInput label={t('filing.photos')} photos={photos} onChange={(next) => edit({ photos: next })} disabled={submitting} />
      </section>

      {error && (
        <p className="panel-error" role="alert">
          {t('filing.failed', { message: error })}
        </p>
      )}
      <div className="form-buttons filing-buttons">
        <button type="submit" className="button button-primary" disabled={!ready || submitting}>
          {submitting ? t('filing.submitting') : t('filing.submit')}
        </button>
        <button type="button" className="button" onClick={cancel} disabled={submitting}>
          {t('filing.cancel')}
        </button>
      </div>
      {!ready && !submitting && <p className="field-hint">{t('filing.missing')}</p>}
    </form>
  );
}
