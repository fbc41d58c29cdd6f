import { MESSAGES, translate, useLang } from '../i18n/lang.ts';
import { guardDrawer } from '../state/view.store.ts';
import { useEdit } from './edit.store.ts';
import { batchSize, buildBatch } from './save-batch.ts';
import type { EditGrid } from './types.ts';

const counted = new WeakMap<object, number>();

/** How many grids a save would send; the save bar asks on every drag frame, so it counts once per list. */
export function pendingOf(base: readonly EditGrid[] | null, grids: EditGrid[]): number {
  if (!base) return 0;
  let n = counted.get(grids);
  if (n === undefined) counted.set(grids, (n = batchSize(buildBatch(base, grids))));
  return n;
}

export function unsavedCount(): number {
  const { base, grids } = useEdit.getState();
  return pendingOf(base?.features ?? null, grids);
}

/**
 * Unsaved edits live only in this page. Closing or reloading it loses them, so the browser asks
 * first. They outlive the edit view itself, so this stays on once the edit code has loaded.
 */
let unloadGuarded = false;
export function guardUnload(): void {
  if (unloadGuarded) return;
  unloadGuarded = true;
  window.addEventListener('beforeunload', (e) => {
    if (unsavedCount() === 0) return;
    e.preventDefault();
    // older Chromium shows the prompt only when returnValue is set
    e.returnValue = '';
  });
}

/**
 * While the edit view is open, leaving it (another view, close, Back, log out) with unsaved edits
 * asks first: the map then shows the saved grids again, and the edits wait for the next opening.
 */
export function guardEditView(confirm: (message: string) => boolean = (m) => window.confirm(m)): () => void {
  guardDrawer((next) => {
    const count = unsavedCount();
    if (next === 'edit' || count === 0) return true;
    return confirm(translate(MESSAGES[useLang.getState().lang], 'edit.leaveUnsaved', { count }));
  });
  return () => guardDrawer(null);
}
