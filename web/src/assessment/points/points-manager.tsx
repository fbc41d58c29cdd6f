import { useEffect, useState } from 'react';
import { ASSESSMENT_KIND_LIST, type AssessmentKind, type AssessmentPointFeature } from '@wangge/geodata';
import { isAbort } from '../../api/client.ts';
import { errorMessage } from '../../api/error-message.ts';
import { useT } from '../../i18n/lang.ts';
import { assessmentApi } from '../assessment-api.ts';
import { draftOf, inputOf, type PointDraft } from './point-form.ts';
import { pointsApi } from './points-api.ts';

/** Admins and planners: the county's 点位 of a kind, each to rename, retype, move (a point) or remove. */
export function PointsManager({ onChanged }: { onChanged: () => void }) {
  const t = useT();
  const [points, setPoints] = useState<AssessmentPointFeature[] | null>(null);
  const [kind, setKind] = useState<AssessmentKind>('market');
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    const asking = new AbortController();
    assessmentApi.points(asking.signal).then(
      (p) => setPoints(p.features),
      (err: unknown) => !isAbort(err) && setError(errorMessage(err)),
    );
    return () => asking.abort();
  }, [revision]);

  const changed = () => {
    setEditing(null);
    setRevision((r) => r + 1);
    onChanged();
  };
  const remove = async (f: AssessmentPointFeature) => {
    setError(null);
    try {
      await pointsApi.remove(f.properties.id);
      changed();
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const shown = (points ?? []).filter((f) => f.properties.kind === kind);

  return (
    <div className="points-manager">
      <KindSelect value={kind} onChange={setKind} />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!points && !error && <p className="drawer-note">{t('drawer.loading')}</p>}
      {points && shown.length === 0 && <p className="drawer-note">{t('assessment.noPointsOfKind')}</p>}
      <ul className="points-list" aria-label={t('assessment.pointList')}>
        {shown.map((f) => (
          <li key={f.properties.id} data-point={f.properties.id}>
            {editing === f.properties.id ? (
              <PointEditor point={f} onCancel={() => setEditing(null)} onSaved={changed} />
            ) : (
              <div className="point-row">
                <span className="point-name">{f.properties.name}</span>
                <span className="muted">{f.properties.gridCode ?? t('assessment.outsideGrids')}</span>
                <button type="button" className="button button-small" onClick={() => setEditing(f.properties.id)}>
                  {t('assessment.editPoint')}
                </button>
                <button type="button" className="button button-small" onClick={() => void remove(f)} aria-label={t('assessment.removePoint', { name: f.properties.name })}>
                  {t('assessment.remove')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function PointEditor({ point, onCancel, onSaved }: { point: AssessmentPointFeature; onCancel: () => void; onSaved: () => void }) {
  const t = useT();
  const [draft, setDraft] = useState<PointDraft>(() => draftOf(point));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const edit = (patch: Partial<PointDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const save = async () => {
    const checked = inputOf(point, draft);
    if (!checked.ok) return setError(t(`assessment.pointProblem.${checked.problem}`));
    setBusy(true);
    setError(null);
    try {
      await pointsApi.update(point.properties.id, checked.input);
      onSaved();
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };
  return (
    <form
      className="point-editor"
      aria-label={t('assessment.editPointOf', { name: point.properties.name })}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label className="field">
        <span>{t('assessment.pointName')}</span>
        <input value={draft.name} onChange={(e) => edit({ name: e.target.value })} />
      </label>
      <KindSelect value={draft.kind} onChange={(k) => edit({ kind: k })} />
      {point.geometry.type === 'Point' ? (
        <div className="point-coords">
          <label className="field">
            <span>{t('assessment.lon')}</span>
            <input inputMode="decimal" value={draft.lon} onChange={(e) => edit({ lon: e.target.value })} />
          </label>
          <label className="field">
            <span>{t('assessment.lat')}</span>
            <input inputMode="decimal" value={draft.lat} onChange={(e) => edit({ lat: e.target.value })} />
          </label>
        </div>
      ) : (
        <p className="muted">{t('assessment.polygonKept')}</p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary button-small" disabled={busy}>
          {t('assessment.savePoint')}
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          {t('assessment.cancel')}
        </button>
      </div>
    </form>
  );
}

function KindSelect({ value, onChange }: { value: AssessmentKind; onChange: (kind: AssessmentKind) => void }) {
  const t = useT();
  return (
    <label className="field">
      <span>{t('assessment.pointKind')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as AssessmentKind)}>
        {ASSESSMENT_KIND_LIST.map((k) => (
          <option key={k} value={k}>
            {t(`assessment.kind.${k}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
