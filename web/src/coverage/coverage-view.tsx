import { useEffect, useMemo, type ReactNode } from 'react';
import { useT } from '../i18n/lang.ts';
import { useData } from '../state/data.store.ts';
import { CoverageSummary } from './coverage-summary.tsx';
import { useCoverage } from './coverage.store.ts';
import { DefectList } from './defect-list.tsx';
import { listDefects, type Defect } from './defects.ts';
import { gridLookup } from './grid-lookup.ts';
import { ResponsibilityList } from './responsibility-list.tsx';
import './coverage.css';

const NO_GRIDS: never[] = [];

/**
 * The coverage check: the verdict, the numbers and the defects, with the responsibility chain.
 * Shows the stored grids' check from the API, or the live check while grids are edited.
 */
export function CoverageView({ actions }: { actions?: (defect: Defect) => ReactNode }) {
  const t = useT();
  const stored = useCoverage((s) => s.stored);
  const live = useCoverage((s) => s.live);
  const focused = useCoverage((s) => s.focus?.key ?? null);
  const storedGrids = useData((s) => s.grids?.features ?? NO_GRIDS);
  const communities = useData((s) => s.communities);

  useEffect(() => {
    void useCoverage.getState().loadStored();
    useCoverage.getState().setShown(true);
    return () => useCoverage.getState().setShown(false);
  }, []);

  const grids = gridLookup(live ? live.grids : storedGrids);
  const report = live?.report ?? (stored?.state === 'ready' ? stored.data : null);
  const defects = useMemo(() => (report ? listDefects(report, grids.bbox) : []), [report, grids]);
  const names = useMemo(() => new Map(communities?.features.map((c) => [c.properties.id, c.properties.name]) ?? []), [communities]);
  const focus = (d: Defect) => d.bbox && useCoverage.getState().focusOn({ key: d.key, bbox: d.bbox });
  const focusGrid = (id: string) => {
    const bbox = grids.bbox(id);
    if (bbox) useCoverage.getState().focusOn({ key: `grid:${id}`, bbox });
  };

  return (
    <div className="coverage-view">
      {stored?.state === 'error' && !live && (
        <p className="drawer-note" role="alert">
          {t('coverage.failed', { message: stored.message })}
        </p>
      )}
      {!report && stored?.state !== 'error' && <p className="drawer-note">{t('coverage.loading')}</p>}
      {report && (
        <>
          <CoverageSummary report={report} note={live ? t('coverage.live', { ms: live.ms.toFixed(1) }) : t('coverage.stored')} />
          {!live && (
            <button type="button" className="button button-small" onClick={() => void useCoverage.getState().reloadStored()}>
              {t('coverage.refresh')}
            </button>
          )}
          <DefectList defects={defects} grids={grids} communityName={(id) => names.get(id) ?? id} focused={focused} onFocus={focus} actions={actions} />
        </>
      )}
      {stored?.state === 'ready' && <ResponsibilityList report={stored.data.responsibility} onGrid={focusGrid} />}
    </div>
  );
}
