import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { labelPoints } from '../map/label-points.ts';
import { EDIT_LAYERS, selectedFilter } from '../map/layers/edit.layer.ts';
import { GRID_LAYERS } from '../map/layers/grids.layer.ts';
import { SELECTION_LAYERS } from '../map/layers/selection.layer.ts';
import { SOURCES } from '../map/theme.ts';
import type { WanggeMap } from '../map/wangge-map.ts';
import { bindDrawTools } from './draw-tools.ts';
import { deletePickedVertex, mergeSelectedWith } from './edit-actions.ts';
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
 * the keyboard undoes, redoes and deletes. Returns the unsubscribe.
 */
export function bindEdit(wmap: WanggeMap): () => void {
  const map = wmap.map;
  let loaded = false;
  let visible: boolean | null = null;
  let shownCursor = '';

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
      for (const id of [SOURCES.editGrids, SOURCES.editLabels, SOURCES.editHandles, SOURCES.editPreview]) wmap.setData(id, EMPTY);
    } else {
      wmap.setData(SOURCES.editGrids, collection(s.shown));
      wmap.setData(SOURCES.editLabels, labels(s.grids));
      const selected = s.tool === 'select' ? s.shown.find((g) => g.properties.id === s.selected) : undefined;
      wmap.setData(SOURCES.editHandles, handles(s.shown, selected, s.vertex));
      wmap.setData(SOURCES.editPreview, preview());
    }
    if (!loaded) return;
    if (visible !== s.active) {
      visible = s.active;
      for (const id of STATUS_LAYERS) map.setLayoutProperty(id, 'visibility', s.active ? 'none' : 'visible');
      for (const id of Object.values(EDIT_LAYERS)) map.setLayoutProperty(id, 'visibility', s.active ? 'visible' : 'none');
    }
    map.setFilter(EDIT_LAYERS.selectedFill, selectedFilter(s.selected));
    map.setFilter(EDIT_LAYERS.selectedLine, selectedFilter(s.selected));
    const cursor = s.active && s.tool === 'merge' ? 'cell' : '';
    if (cursor !== shownCursor) map.getCanvas().style.cursor = shownCursor = cursor;
  };

  const onClick = (e: { point: { x: number; y: number } }) => {
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

  const onLoad = () => {
    loaded = true;
    sync();
  };
  // bound when the edit view first opens, usually long after the style loaded ('load' fires once)
  if (map.getLayer(EDIT_LAYERS.fill)) onLoad();
  else map.once('load', onLoad);
  map.on('click', onClick);
  document.addEventListener('keydown', onKey);
  const offEdit = useEdit.subscribe(sync);
  const offHistory = useGridHistory.subscribe(sync);
  const offDrag = bindVertexDrag(wmap);
  const offDraw = bindDrawTools(wmap);
  sync();
  return () => {
    offDraw();
    offDrag();
    offHistory();
    offEdit();
    document.removeEventListener('keydown', onKey);
    map.off('click', onClick);
    map.off('load', onLoad);
  };
}
