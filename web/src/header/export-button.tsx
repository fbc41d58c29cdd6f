import { lazy, Suspense, useState } from 'react';
import { useLang, useT } from '../i18n/lang.ts';
import { usePins } from '../problems/pins.store.ts';
import { useProblemQuery } from '../problems/query.store.ts';
import { useSessionStore } from '../session/session.store.ts';
import { useData } from '../state/data.store.ts';
import { useView } from '../state/view.store.ts';

// The dialog and its print parameters load only when someone exports.
const ExportDialog = lazy(() => import('../print/export-dialog.tsx').then((m) => ({ default: m.ExportDialog })));

/** 导出: opens the meeting-map export for what is on screen (week, view, selection, overlays, problem filter). */
export function ExportButton() {
  const t = useT();
  const { lang } = useLang();
  const [open, setOpen] = useState(false);
  const week = useView((s) => s.week);
  const overlays = useView((s) => s.overlays);
  const drawer = useView((s) => s.drawer);
  const selectedId = useView((s) => s.selection.grid);
  const grids = useData((s) => s.grids);
  const county = useData((s) => s.config?.county.name);
  // the map's view as the pins store last heard it (after each move)
  const view = usePins((s) => s.view);
  const problemFilter = useProblemQuery((s) => s.filter);
  // exports are for logged-in staff: a render takes the server's CPU for seconds
  const loggedIn = useSessionStore((s) => s.me !== null);
  if (!week || !loggedIn) return null;
  const grid = selectedId === null ? undefined : grids?.features.find((f) => f.properties.id === selectedId);
  const selection = grid ? { grid: grid.properties.id, code: grid.properties.code, community: grid.properties.communityId } : null;
  return (
    <>
      <button type="button" className="export-button" onClick={() => setOpen(true)} title={t('export.open')}>
        {t('export.button')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportDialog
            week={week}
            kind={drawer === 'coverage' ? 'coverage' : 'status'}
            layers={overlays}
            selection={selection}
            view={view ? [...view] : null}
            problemFilter={problemFilter}
            county={county}
            lang={lang}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </>
  );
}
