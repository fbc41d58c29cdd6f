import type { MapLayerMouseEvent, MapLayerTouchEvent, MapMouseEvent, MapTouchEvent } from 'maplibre-gl';
import type { Position } from 'geojson';
import { applyChange, composeChanges, insertSnapped, insertVertex, moveVertex, snapPosition, snapToleranceM, type Snap } from '@wangge/geodata';
import { useCoverage } from '../coverage/coverage.store.ts';
import type { WanggeMap } from '../map/wangge-map.ts';
import { recordDragFrame } from './drag-timing.ts';
import { deletePickedVertex } from './edit-actions.ts';
import { useEdit } from './edit.store.ts';
import { EDIT_LAYERS } from './edit.layer.ts';
import { edgeOf, ringOf, type HandleRef } from './handles.ts';
import { snapTargets } from './snap-targets.ts';
import type { EditGrid, GridChange } from './types.ts';

/** How far (screen pixels) a dragged vertex reaches for a neighbour's vertex or edge. */
export const SNAP_PX = 10;

interface Drag {
  kind: HandleRef['kind'];
  from: Position;
  /** a midpoint drag first inserts its vertex (in every grid on the edge) */
  insert: GridChange | null;
  /** the grids the move is computed on: the committed edits, plus the insert */
  work: EditGrid[];
  /** grids that have the vertex: they move with it, so they are no snap targets */
  own: string[];
  last: { change: GridChange; snap: Snap | null } | null;
  moved: boolean;
}

const same = (p: Position, q: Position) => p[0] === q[0] && p[1] === q[1];
const hasVertex = (g: EditGrid, v: Position) => (g.geometry.type === 'Polygon' ? [g.geometry.coordinates] : g.geometry.coordinates).some((rings) => rings.some((r) => r.some((q) => same(q, v))));

/**
 * Drags vertices of the selected grid with MapLibre's own pointer events on the handle layers.
 * terra-draw's select mode edits one feature of its own store at a time; a vertex that neighbours
 * share must move in all of them in the same gesture, which geodata's moveVertex does — so the
 * drag is ours, and each frame is a draft change that becomes one undo step on release.
 */
export function bindVertexDrag(wmap: WanggeMap): () => void {
  const map = wmap.map;
  let drag: Drag | null = null;
  let pending: Position | null = null;
  let frame = 0;

  const step = () => {
    frame = 0;
    if (!drag || !pending) return;
    const start = performance.now();
    let to = pending;
    pending = null;
    const snap = snapPosition(snapTargets(drag.work), to, { toleranceM: snapToleranceM(SNAP_PX, to[1], map.getZoom()), exclude: drag.own, ignore: drag.from });
    if (snap) to = snap.position;
    const r = moveVertex(drag.work, drag.from, to);
    if (!r.ok) {
      useEdit.getState().refuse(r.error);
      return;
    }
    const change = drag.insert ? composeChanges(drag.insert, r.change) : r.change;
    drag.last = { change, snap };
    const edited = performance.now();
    useEdit.getState().setDraft(change);
    recordDragFrame(start, edited, useCoverage.getState().live?.ms ?? 0, performance.now());
  };

  const onMove = (e: MapMouseEvent | MapTouchEvent) => {
    if (!drag) return;
    drag.moved = true;
    pending = [e.lngLat.lng, e.lngLat.lat];
    // coalesce pointer events to one edit and one re-check per frame
    if (!frame) frame = requestAnimationFrame(step);
  };

  const onUp = () => {
    map.off('mousemove', onMove);
    map.off('touchmove', onMove);
    window.removeEventListener('mouseup', onUp);
    window.removeEventListener('touchend', onUp);
    if (frame) cancelAnimationFrame(frame);
    step();
    const done = drag;
    drag = null;
    if (!done) return;
    const edit = useEdit.getState();
    if (!done.moved) {
      if (done.kind === 'vertex') edit.pickVertex(done.from);
      else if (done.insert) edit.transact(done.insert, 'insertVertex');
      return;
    }
    if (!done.last) return edit.setDraft(null);
    let change = done.last.change;
    const snap = done.last.snap;
    if (snap?.kind === 'edge') {
      // the vertex now lies on a neighbour's edge: put it into the neighbour too, so no T-junction is left
      const inserted = insertSnapped(applyChange(edit.grids, change), snap);
      if (inserted.ok) change = composeChanges(change, inserted.change);
    }
    edit.transact(change, done.kind === 'mid' ? 'insertVertex' : 'moveVertex');
  };

  const onDown = (e: MapLayerMouseEvent | MapLayerTouchEvent) => {
    const s = useEdit.getState();
    const feature = e.features?.[0];
    const grid = s.grids.find((g) => g.properties.id === s.selected);
    if (!s.active || s.tool !== 'select' || s.preview?.action === 'import' || !feature || !grid || ('button' in e.originalEvent && e.originalEvent.button !== 0)) return;
    e.preventDefault();
    const ref = feature.properties as HandleRef;
    let from: Position;
    let insert: GridChange | null = null;
    if (ref.kind === 'vertex') from = ringOf(grid, ref)[ref.i];
    else {
      const [a, b] = edgeOf(grid, ref);
      from = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
      const r = insertVertex(s.grids, [a, b], from);
      if (!r.ok) return s.refuse(r.error);
      insert = r.change;
    }
    const work = insert ? applyChange(s.grids, insert) : s.grids;
    drag = { kind: ref.kind, from, insert, work, own: work.filter((g) => hasVertex(g, from)).map((g) => g.properties.id), last: null, moved: false };
    s.refuse(null);
    map.on(e.type === 'touchstart' ? 'touchmove' : 'mousemove', onMove);
    // on the window, not the map: the button may come up over the drawer, outside the map
    window.addEventListener(e.type === 'touchstart' ? 'touchend' : 'mouseup', onUp);
  };

  const onContextMenu = (e: MapLayerMouseEvent) => {
    const s = useEdit.getState();
    const grid = s.grids.find((g) => g.properties.id === s.selected);
    const ref = e.features?.[0]?.properties as HandleRef | undefined;
    if (!s.active || !grid || !ref) return;
    e.preventDefault();
    s.pickVertex(ringOf(grid, ref)[ref.i]);
    deletePickedVertex();
  };

  const cursor = (c: string) => () => {
    if (useEdit.getState().active) map.getCanvas().style.cursor = c;
  };
  const pointers = { [EDIT_LAYERS.vertices]: cursor('move'), [EDIT_LAYERS.midpoints]: cursor('copy') };
  const leave = cursor('');
  const handles = [EDIT_LAYERS.vertices, EDIT_LAYERS.midpoints];
  for (const layer of handles) {
    map.on('mousedown', layer, onDown);
    map.on('touchstart', layer, onDown);
    map.on('mouseenter', layer, pointers[layer]);
    map.on('mouseleave', layer, leave);
  }
  map.on('contextmenu', EDIT_LAYERS.vertices, onContextMenu);

  return () => {
    for (const layer of handles) {
      map.off('mousedown', layer, onDown);
      map.off('touchstart', layer, onDown);
      map.off('mouseenter', layer, pointers[layer]);
      map.off('mouseleave', layer, leave);
    }
    map.off('contextmenu', EDIT_LAYERS.vertices, onContextMenu);
    map.off('mousemove', onMove);
    map.off('touchmove', onMove);
    window.removeEventListener('mouseup', onUp);
    window.removeEventListener('touchend', onUp);
    if (frame) cancelAnimationFrame(frame);
  };
}
