import { useMemo } from 'react';
import { useT } from '../i18n/lang.ts';
import { useSession } from '../session/session.store.ts';
import { useView } from '../state/view.store.ts';
import { useFiling } from './filing.store.ts';
import { ProblemListPanel } from './list/problem-list-panel.tsx';
import { useProblemList } from './list.store.ts';
import { pinsInView, usePins } from './pins.store.ts';
import { activeFilterCount } from './problem-query.ts';
import { useProblemQuery } from './query.store.ts';
import './problem-tools.css';

/** Over the map: 上报问题 (logged-in users), the list toggle with the filter count, and how many pins show. */
export function ProblemTools() {
  const t = useT();
  const me = useSession().me;
  const filing = useFiling((s) => s.active);
  const startFiling = useFiling((s) => s.start);
  const listOpen = useProblemList((s) => s.open);
  const setListOpen = useProblemList((s) => s.setOpen);
  const filters = useProblemQuery((s) => activeFilterCount(s.filter));
  const pinsShown = useView((s) => s.overlays.problems);

  return (
    <>
      <div className="problem-tools" role="group" aria-label={t('layers.problems')}>
        {me && (
          <button type="button" className="tool-button tool-report" aria-pressed={filing} onClick={filing ? useFiling.getState().cancel : startFiling}>
            <span className="tool-plus" aria-hidden="true">
              +
            </span>
            {t('problems.report')}
          </button>
        )}
        <button type="button" className="tool-button" aria-pressed={listOpen} aria-expanded={listOpen} onClick={() => setListOpen(!listOpen)}>
          {t('problems.list')}
          {filters > 0 && <span className="tool-badge">{t('problems.filterCount', { count: filters })}</span>}
        </button>
        {pinsShown && <PinCount />}
      </div>
      <ProblemListPanel />
    </>
  );
}

/** "N problems" in view, or "newest N of TOTAL here" when the view holds more than one request brings. */
function PinCount() {
  const t = useT();
  const pins = usePins((s) => s.pins);
  const view = usePins((s) => s.view);
  const error = usePins((s) => s.error);
  const shown = useMemo(() => (pins ? pinsInView(pins, view) : 0), [pins, view]);
  if (error) return <span className="pin-count is-error">{t('problems.loadFailed', { message: error })}</span>;
  if (!pins) return null;
  const truncated = pins.total > pins.features.length;
  return (
    <span className="pin-count" data-shown={shown} data-total={pins.total} data-truncated={truncated}>
      {truncated ? t('problems.truncated', { shown, total: pins.total }) : t('problems.shown', { count: shown })}
    </span>
  );
}
