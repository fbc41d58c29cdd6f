import { TerraDraw, TerraDrawLineStringMode, TerraDrawPolygonMode } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { LineString, Polygon, Position } from 'geojson';
import { snapPosition, snapToleranceM } from '@wangge/geodata';
import type { WanggeMap } from '../map/wangge-map.ts';
import { EDIT_COLORS } from './edit.layer.ts';
import { addDrawnGrid, splitSelected } from './edit-actions.ts';
import { useEdit } from './edit.store.ts';
import { SNAP_PX } from './vertex-drag.ts';
import { snapTargets } from './snap-targets.ts';
import type { EditTool } from './types.ts';

const MODES: Partial<Record<EditTool, string>> = { draw: 'polygon', split: 'linestring' };

/**
 * How near (px) a click must be to the first point to close the shape, or to the last one to finish
 * it. terra-draw's 40 px default finished a grid early whenever a planner traced a detailed
 * boundary, whose vertices sit closer than that on screen; Enter finishes a shape too.
 */
const CLOSE_PX = 8;

/**
 * Drawing a new grid and a split line with terra-draw, which is good at exactly this: clicking out
 * a shape with a live preview and closing it. Its points snap to the edited grids' and the
 * communities' vertices and edges through geodata's snapPosition (terra-draw's own snapping only
 * knows its own features); the finished shape goes to the edit actions and terra-draw is cleared.
 */
export function bindDrawTools(wmap: WanggeMap): () => void {
  const map = wmap.map;
  let draw: TerraDraw | null = null;
  let mode: string | null = null;

  const toCustom = (event: { lng: number; lat: number }): Position | undefined => {
    const targets = snapTargets(useEdit.getState().grids);
    const snap = snapPosition(targets, [event.lng, event.lat], { toleranceM: snapToleranceM(SNAP_PX, event.lat, map.getZoom()) });
    return snap?.position;
  };

  const onFinish = (id: string | number) => {
    const feature = draw?.getSnapshotFeature(id);
    draw?.clear();
    const tool = useEdit.getState().tool;
    // the click that finished the shape is still on its way to the map: back to "select" after it,
    // or it would select whatever grid lies under the last point
    setTimeout(() => useEdit.getState().setTool('select'));
    if (!feature) return;
    if (tool === 'draw' && feature.geometry.type === 'Polygon') addDrawnGrid((feature.geometry as Polygon).coordinates[0]);
    if (tool === 'split' && feature.geometry.type === 'LineString') splitSelected((feature.geometry as LineString).coordinates);
  };

  const start = () => {
    const styles = { fillColor: EDIT_COLORS.preview, outlineColor: EDIT_COLORS.preview, fillOpacity: 0.2, outlineWidth: 2 } as const;
    draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map, prefixId: 'wangge-draw' }),
      modes: [
        new TerraDrawPolygonMode({ snapping: { toCustom }, styles, pointerDistance: CLOSE_PX }),
        new TerraDrawLineStringMode({ snapping: { toCustom }, pointerDistance: CLOSE_PX, styles: { lineStringColor: EDIT_COLORS.preview, lineStringWidth: 2.5 } }),
      ],
    });
    draw.start();
    draw.on('finish', onFinish);
  };

  const sync = () => {
    const s = useEdit.getState();
    const wanted = s.active ? (MODES[s.tool] ?? null) : null;
    if (wanted === mode) return;
    mode = wanted;
    if (!wanted) {
      draw?.stop();
      draw = null;
      return;
    }
    if (!draw) start();
    draw!.setMode(wanted);
  };

  const off = useEdit.subscribe(sync);
  return () => {
    off();
    draw?.stop();
    draw = null;
  };
}
