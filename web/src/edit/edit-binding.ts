import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { GRID_LAYERS } from '../grids/grids.layer.ts';
import { labelPoints } from '../map/label-points.ts';
import type { MapClick } from '../map/map-feature.ts';
import type { WanggeMap } from '../map/wangge-map.ts';
import { SELECTION_LAYERS } from '../selection/selection.layer.ts';
import { bindDrawTools } from './draw-tools.ts';
import { deletePickedVertex, mergeSelectedWith } from './edit-actions.ts';
import type { EditBinding } from './edit.feature.ts';
import { EDIT_LAYERS, EDIT_SOURCES, selectedFilter } from './edit.layer.ts';
import { useEdit } from './edit.store.ts';
import { handlesFor } from './handles.ts';
import { useGridHistory } from './history.store.ts';
import type { EditGrid } from './types.ts';
import { bindVertexDrag } from './vertex-drag.ts';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const STATUS_LAYERS = [...Object.values(GRID_LAYERS), SELECTION_LAYERS.casing, SELECTION_LAYERS.line];

/** Caches one derived value per input array, so an unchanged list is never handed to the map again. */
function memo<T extends object, R>(make: (input: T) => R): (input: T) => R {
  const cache = new WeakMap<T, R>();
  return (input) => {
    let out = cache.get(input);
    if (out === undefined) cache.set(input, (out = make(input)));
    return out;
  };
}

const collection = memo((grids: EditGrid[]): FeatureCollection<Polygon | MultiPolygon> => ({ type: 'FeatureCollection', features: grids }));
// labels follow the committed edits only: placing them costs more than a drag frame can spare
const labels = memo((grids: EditGrid[]): FeatureCollection<Point> => labelPoints(collection(grids)));

const typing = (e: KeyboardEvent) => e.target instanceof HTMLElement && e.target.closest('input, textarea, select, [contenteditable]') !== null;

/**
 * While the edit view is open: the grids being edited replace the status grids on the map, the
 * selected grid shows its handles, previews are drawn dashed, a click selects (or merges), and
 * the keyboard undoes, redoes and deletes. Gives back its click (edit.feature.ts routes clicks to
 * it while editing) and the unbind.
 */
export function bindEdit(wmap: WanggeMap): EditBinding {
  const map = wmap.map;
  let loaded = false;

  let previewed: { fix: unknown; past: unknown; data: FeatureCollection } | null = null;
  const preview = (): FeatureCollection => {
    const fix = useEdit.getState().preview;
    const past = useGridHistory.getState().shown;
    if (previewed?.fix === fix && previewed.past === past) return previewed.data;
    const features: Feature<Polygon | MultiPolygon | Point>[] = [...(fix?.highlight?.features ?? fix?.change.put ?? [])];
    if (past) features.push({ type: 'Feature', geometry: past.geometry, properties: {} });
    previewed = { fix, past, data: features.length ? { type: 'FeatureCollection', features } : EMPTY };
    return previewed.data;
  };
  let handled: { shown: unknown; selected: unknown; vertex: unknown; data: FeatureCollection } | null = null;
  const handles = (shown: EditGrid[], selected: EditGrid | undefined, vertex: Position | null): FeatureCollection => {
    if (handled?.shown === shown && handled.selected === selected && handled.vertex === vertex) return handled.data;
    handled = { shown, selected, vertex, data: handlesFor(selected, shown, vertex) };
    return handled.data;
  };

  const sync = () => {
    const s = useEdit.getState();
    if (!s.active) {
      for (const id of Object.values(EDIT_SOURCES)) wmap.setData(id, EMPTY);
    } else {
      wmap.setData(EDIT_SOURCES.grids, collection(s.shown));
      wmap.setData(EDIT_SOURCES.labels, labels(s.grids));
      const selected = s.tool === 'select' ? s.shown.find((g) => g.properties.id === s.selected) : undefined;
      wmap.setData(EDIT_SOURCES.handles, handles(s.shown, selected, s.vertex));
      wmap.setData(EDIT_SOURCES.preview, preview());
    }
    wmap.setVisible(STATUS_LAYERS, !s.active);
    wmap.setVisible(Object.values(EDIT_LAYERS), s.active);
    wmap.setFilter(EDIT_LAYERS.selectedFill, selectedFilter(s.selected));
    wmap.setFilter(EDIT_LAYERS.selectedLine, selectedFilter(s.selected));
    wmap.setCursorOverride('edit', s.active && s.tool === 'merge' ? 'cell' : null);
  };

  const onClick = (e: MapClick) => {
    const s = useEdit.getState();
    if (!s.active || !loaded || s.tool === 'draw' || s.tool === 'split') return;
    if (map.queryRenderedFeatures([e.point.x, e.point.y], { layers: [EDIT_LAYERS.vertices, EDIT_LAYERS.midpoints] }).length) return;
    const hit = map.queryRenderedFeatures([e.point.x, e.point.y], { layers: [EDIT_LAYERS.fill] })[0];
    const id = hit ? String(hit.properties.id) : null;
    if (s.tool === 'merge') {
      if (id && id !== s.selected) mergeSelectedWith(id);
      s.setTool('select');
      return;
    }
    s.select(id);
  };

  const onKey = (e: KeyboardEvent) => {
    const s = useEdit.getState();
    if (!s.active || typing(e)) return;
    const mod = e.ctrlKey || e.metaKey;
    if (mod && e.key.toLowerCase() === 'z') s[e.shiftKey ? 'redoStep' : 'undoStep']();
    else if (mod && e.key.toLowerCase() === 'y') s.redoStep();
    else if ((e.key === 'Delete' || e.key === 'Backspace') && s.vertex) deletePickedVertex();
    else if (e.key === 'Escape') {
      s.setTool('select');
      s.pickVertex(null);
    } else return;
    e.preventDefault();
  };

  // bound when the edit view first opens, usually long after the style loaded
  const offLoad = wmap.whenLoaded(() => {
    loaded = true;
    sync();
  });
  document.addEventListener('keydown', onKey);
  const offEdit = useEdit.subscribe(sync);
  const offHistory = useGridHistory.subscribe(sync);
  const offDrag = bindVertexDrag(wmap);
  const offDraw = bindDrawTools(wmap);
  sync();
  const unbind = () => {
    offDraw();
    offDrag();
    offHistory();
    offEdit();
    document.removeEventListener('keydown', onKey);
    offLoad();
    wmap.setCursorOverride('edit', null);
  };
  return { click: onClick, unbind };
}
