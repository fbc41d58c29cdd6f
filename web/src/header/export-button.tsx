import { lazy, Suspense, useState } from 'react';
import { useLang, useT } from '../i18n/lang.ts';
import { useView } from '../state/view.store.ts';

// The dialog and its print parameters load only when someone exports.
const ExportDialog = lazy(() => import('../print/export-dialog.tsx').then((m) => ({ default: m.ExportDialog })));

/** 导出: opens the meeting-map export for what is on screen (week, view, overlays). */
export function ExportButton() {
  const t = useT();
  const { lang } = useLang();
  const [open, setOpen] = useState(false);
  const week = useView((s) => s.week);
  const overlays = useView((s) => s.overlays);
  const drawer = useView((s) => s.drawer);
  if (!week) return null;
  return (
    <>
      <button type="button" className="export-button" onClick={() => setOpen(true)} title={t('export.open')}>
        {t('export.button')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportDialog week={week} kind={drawer === 'coverage' ? 'coverage' : 'status'} layers={overlays} lang={lang} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
