import type { MapClick, MapFeature } from '../map/map-feature.ts';
import { emptySource } from '../map/map-style.ts';
import type { WanggeMap } from '../map/wangge-map.ts';
import { useView } from '../state/view.store.ts';
import { isEditing } from './edit-mode.ts';
import { editAreaLayers, editOverlayLayers, EDIT_SOURCES } from './edit.layer.ts';

/** What the loaded edit code gives back: its click, and how to undo the binding. */
export interface EditBinding {
  click: (click: MapClick) => void;
  unbind: () => void;
}

/**
 * Binds the edit view to the map the first time it opens (view=edit), loading its code then: most
 * users never edit, and terra-draw and the browser coverage check need not load for them. While the
 * view is editing, every click is its own (to select or merge grids); nothing else on the map takes it.
 */
function bindEditWhenOpened(wmap: WanggeMap): () => void {
  let binding: EditBinding | null = null;
  let gone = false;
  let loading = false;
  const check = () => {
    if (binding || loading || useView.getState().drawer !== 'edit') return;
    loading = true;
    void import('./edit-binding.ts').then((m) => {
      if (!gone) binding = m.bindEdit(wmap);
    });
  };
  const offClick = wmap.onClick({
    phase: 'capture',
    handle: (click) => {
      if (!isEditing()) return false;
      binding?.click(click);
      return true;
    },
  });
  const offView = useView.subscribe(check);
  check();
  return () => {
    gone = true;
    offView();
    offClick();
    binding?.unbind();
  };
}

/** The grids being edited (standing in for the status grids), the selected grid's handles, and dashed previews. */
export const editFeature: MapFeature = {
  id: 'edit',
  sources: () => Object.fromEntries(Object.values(EDIT_SOURCES).map((id) => [id, emptySource()])),
  layers: () => [...editAreaLayers().map((layer) => ({ slot: 'work-fill' as const, layer })), ...editOverlayLayers().map((layer) => ({ slot: 'work' as const, layer }))],
  bind: bindEditWhenOpened,
};
