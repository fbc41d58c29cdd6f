import { useT } from '../i18n/lang.ts';
import type { MessageKey } from '../i18n/zh.ts';
import { deletePickedVertex, retireSelected } from './edit-actions.ts';
import { useEdit } from './edit.store.ts';
import { EDIT_TOOLS, type EditTool } from './types.ts';

const TOOL_LABELS: Readonly<Record<EditTool, MessageKey>> = {
  select: 'edit.tool.select',
  draw: 'edit.tool.draw',
  split: 'edit.tool.split',
  merge: 'edit.tool.merge',
};
const TOOL_HINTS: Readonly<Record<EditTool, MessageKey>> = {
  select: 'edit.hint.select',
  draw: 'edit.hint.draw',
  split: 'edit.hint.split',
  merge: 'edit.hint.merge',
};
/** Tools that work on the selected grid. */
const NEEDS_GRID: readonly EditTool[] = ['split', 'merge'];

/** Tools, undo and redo, and the one-line hint for the tool in hand. */
export function EditToolbar() {
  const t = useT();
  const tool = useEdit((s) => s.tool);
  const selected = useEdit((s) => s.selected);
  const vertex = useEdit((s) => s.vertex);
  const canUndo = useEdit((s) => s.undo.length > 0);
  const canRedo = useEdit((s) => s.redo.length > 0);
  const { setTool, undoStep, redoStep } = useEdit.getState();

  return (
    <div className="edit-toolbar">
      <div className="edit-tools" role="toolbar" aria-label={t('edit.tools')}>
        {(Object.values(EDIT_TOOLS) as EditTool[]).map((k) => (
          <button
            key={k}
            type="button"
            className="button button-small"
            aria-pressed={tool === k}
            disabled={NEEDS_GRID.includes(k) && !selected}
            onClick={() => setTool(tool === k ? 'select' : k)}
          >
            {t(TOOL_LABELS[k])}
          </button>
        ))}
      </div>
      <div className="edit-tools" role="toolbar" aria-label={t('edit.undoRedo')}>
        <button type="button" className="button button-small" disabled={!canUndo} onClick={undoStep} title={t('edit.undoKey')}>
          {t('edit.undo')}
        </button>
        <button type="button" className="button button-small" disabled={!canRedo} onClick={redoStep} title={t('edit.redoKey')}>
          {t('edit.redo')}
        </button>
        <button type="button" className="button button-small" disabled={!vertex} onClick={deletePickedVertex}>
          {t('edit.deleteVertex')}
        </button>
        <button type="button" className="button button-small danger" disabled={!selected} onClick={retireSelected}>
          {t('edit.retire')}
        </button>
      </div>
      <p className="edit-hint muted">{t(TOOL_HINTS[tool])}</p>
    </div>
  );
}
