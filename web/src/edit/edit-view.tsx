import { useEffect } from 'react';
import { CoverageView } from '../coverage/coverage-view.tsx';
import type { Defect } from '../coverage/defects.ts';
import { useT } from '../i18n/lang.ts';
import { useData } from '../state/data.store.ts';
import { DefectFixes } from './defect-fixes.tsx';
import { EditToolbar } from './edit-toolbar.tsx';
import { useEdit } from './edit.store.ts';
import { GridPanel } from './grid-panel.tsx';
import { useGridHistory } from './history.store.ts';
import { RefusalNote } from './refusal-note.tsx';
import { ReviewPanel } from './review/review-panel.tsx';
import { SaveBar } from './save-bar.tsx';
import { guardEditView, guardUnload } from './unsaved.ts';
import { ExportSection } from './transfer/export-section.tsx';
import { ImportSection } from './transfer/import-section.tsx';
import './edit.css';

const fixes = (defect: Defect) => <DefectFixes defect={defect} />;

/**
 * The planner's edit view (view=edit): tools, save, the selected grid, and the live coverage check
 * of the grids as edited. Opening it starts editing on the committed grids; closing it stops, and
 * unsaved edits wait for the next opening (leaving with some asks first, see unsaved.ts).
 */
export function EditView() {
  const t = useT();
  const grids = useData((s) => s.grids);
  const active = useEdit((s) => s.active);
  const selected = useEdit((s) => s.selected);
  const importing = useEdit((s) => s.preview?.action === 'import');

  useEffect(() => {
    if (!grids) return;
    const edit = useEdit.getState();
    if (!edit.active) edit.start(edit.base && edit.undo.length > 0 ? edit.base : grids);
  }, [grids]);
  useEffect(() => {
    guardUnload();
    return guardEditView();
  }, []);
  useEffect(
    () => () => {
      useEdit.getState().stop();
      void useGridHistory.getState().open(null);
    },
    [],
  );
  useEffect(() => {
    if (useGridHistory.getState().gridId !== selected) void useGridHistory.getState().open(null);
  }, [selected]);

  if (!active) return <p className="drawer-note">{t('drawer.loading')}</p>;
  return (
    <div className="edit-view">
      <EditToolbar />
      <RefusalNote />
      <SaveBar />
      <ReviewPanel />
      <GridPanel />
      <details className="transfer-box" open={importing || undefined}>
        <summary>{t('edit.transfer')}</summary>
        <ImportSection />
        <ExportSection />
      </details>
      <CoverageView actions={fixes} />
    </div>
  );
}
