import { PROBLEM_STATUS, PROBLEM_STATUS_COLORS } from '@wangge/geodata';
import { useT } from '../i18n/lang.ts';
import { OVERLAYS, type Overlay } from '../state/url-state.ts';
import { useView } from '../state/view.store.ts';

const LABELS = { zones: 'layers.zones', problems: 'layers.problems' } as const satisfies Record<Overlay, string>;

/** Switches for the optional layers (their state is part of the URL); the pin key when pins show. */
export function LayerToggles() {
  const t = useT();
  const overlays = useView((s) => s.overlays);
  const toggle = useView((s) => s.toggleOverlay);
  return (
    <fieldset className="layer-toggles">
      <legend>{t('layers.title')}</legend>
      {(Object.values(OVERLAYS) as Overlay[]).map((o) => (
        <label key={o} className="toggle">
          <input type="checkbox" role="switch" checked={overlays[o]} onChange={() => toggle(o)} />
          <span className={`layer-key layer-key-${o}`} aria-hidden="true" />
          <span>{t(LABELS[o])}</span>
        </label>
      ))}
      {overlays.problems && (
        <ul className="pin-key" aria-label={t('layers.problems')}>
          {Object.values(PROBLEM_STATUS).map((s) => (
            <li key={s}>
              <span className="pin-dot" style={{ background: PROBLEM_STATUS_COLORS[s] }} aria-hidden="true" />
              {t(`problemStatus.${s}`)}
            </li>
          ))}
          <li>
            <span className="pin-dot pin-dot-overdue" aria-hidden="true" />
            {t('problems.overdue')}
          </li>
        </ul>
      )}
    </fieldset>
  );
}
