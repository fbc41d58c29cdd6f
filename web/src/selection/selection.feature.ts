import { geometryBBox } from '@wangge/geodata';
import type { MapFeature } from '../map/map-feature.ts';
import { emptySource } from '../map/map-style.ts';
import { useData } from '../state/data.store.ts';
import { usePanel } from '../state/panel.store.ts';
import type { LonLat } from '../state/url-state.ts';
import { useView } from '../state/view.store.ts';
import { layoutOf } from '../week/week-layout.store.ts';
import { CLICK_POINT_SOURCE, SELECTION_LAYERS, selectionCasingLayer, selectionFilter, selectionLineLayer, selectionPointLayer } from './selection.layer.ts';

/**
 * What the inspect panel is about: the selected grid outlined and the clicked place marked. A click
 * that nothing else took asks who answers for that place (the panel opens on it); a selection from a
 * search or a link moves the camera to the grid.
 */
export const selectionFeature: MapFeature = {
  id: 'selection',
  sources: () => ({ [CLICK_POINT_SOURCE]: emptySource() }),
  layers: () => [
    { slot: 'highlight', layer: selectionCasingLayer() },
    { slot: 'highlight', layer: selectionLineLayer() },
    { slot: 'marker', layer: selectionPointLayer() },
  ],
  bind: (wmap) => {
    let shown: { grid: string | null; at: LonLat | null } | null = null;
    let flown = useView.getState().flyRequest;

    const sync = () => {
      const { selection, flyRequest } = useView.getState();
      if (shown?.grid !== selection.grid || shown.at !== selection.at) {
        shown = { grid: selection.grid, at: selection.at };
        const at = selection.at;
        wmap.setData(CLICK_POINT_SOURCE, {
          type: 'FeatureCollection',
          features: at ? [{ type: 'Feature', geometry: { type: 'Point', coordinates: [...at] }, properties: {} }] : [],
        });
        for (const layer of [SELECTION_LAYERS.casing, SELECTION_LAYERS.line]) wmap.setFilter(layer, selectionFilter(selection.grid));
      }
      const grids = useData.getState().grids;
      if (flyRequest === flown || !grids) return;
      flown = flyRequest;
      // a grid retired since is found in the shown week's layout
      const feature = [...(layoutOf(useView.getState().week)?.features ?? []), ...grids.features].find((f) => f.properties.id === selection.grid);
      if (feature) wmap.fitTo(geometryBBox(feature.geometry), wmap.padding, { maxZoom: 15.5 });
    };

    sync();
    const offs = [
      useView.subscribe(sync),
      useData.subscribe(sync),
      wmap.onClick({
        phase: 'fallback',
        handle: ({ at }) => {
          void usePanel.getState().inspectAt(at);
          return true;
        },
      }),
    ];
    return () => offs.forEach((off) => off());
  },
};
