import { TerraDraw, TerraDrawLineStringMode, TerraDrawPolygonMode } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { LineString, Polygon, Position } from 'geojson';
import { snapPosition, snapToleranceM } from '@wangge/geodata';
import type { WanggeMap } from '../map/wangge-map.ts';
import { EDIT_COLORS } from '../map/layers/edit.layer.ts';
import { addDrawnGrid, splitSelected } from './edit-actions.ts';
import { useEdit } from './edit.store.ts';
import { SNAP_PX } from './vertex-drag.ts';
import type { EditTool } from './types.ts';

const MODES: Partial<Record<EditTool, string>> = { draw: 'polygon', split: 'linestring' };

/**
 * Drawing a new grid and a split line with terra-draw, which is good at exactly this: clicking out
 * a shape with a live preview and closing it. Its points snap to the edited grids' vertices and
 * edges through geodata's snapPosition (terra-draw's own snapping only knows its own features);
 * the finished shape goes to the edit actions and terra-draw is cleared again.
 */
export function bindDrawTools(wmap: WanggeMap): () => void {
  const map = wmap.map;
  let draw: TerraDraw | null = null;
  let mode: string | null = null;

  const toCustom = (event: { lng: number; lat: number }): Position | undefined => {
    const grids = useEdit.getState().grids;
    const snap = snapPosition(grids, [event.lng, event.lat], { toleranceM: snapToleranceM(SNAP_PX, event.lat, map.getZoom()) });
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
        new TerraDrawPolygonMode({ snapping: { toCustom }, styles }),
        new TerraDrawLineStringMode({ snapping: { toCustom }, styles: { lineStringColor: EDIT_COLORS.preview, lineStringWidth: 2.5 } }),
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
