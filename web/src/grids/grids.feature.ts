import type { GridsResponse, StatusResponse } from '@wangge/geodata';
import { cachedLabelPoints } from '../map/label-points.ts';
import type { MapFeature } from '../map/map-feature.ts';
import { emptySource } from '../map/map-style.ts';
import { statusOf, useData } from '../state/data.store.ts';
import { useView } from '../state/view.store.ts';
import { layoutFailed, layoutOf, useWeekLayout } from '../week/week-layout.store.ts';
import { GRID_LAYERS, GRID_SOURCES, gridFillLayer, gridLabelLayer, gridLineLayer, gridsWithStatus } from './grids.layer.ts';

/**
 * The grids in force in the shown week (that week's layout), filled by its status, with their
 * codes. The map container's data-shown-week says which week's colours are on screen (tests wait
 * for it).
 */
export const gridsFeature: MapFeature = {
  id: 'grids',
  sources: () => ({ [GRID_SOURCES.grids]: emptySource(), [GRID_SOURCES.labels]: emptySource() }),
  layers: () => [
    { slot: 'fill', layer: gridFillLayer() },
    { slot: 'fill', layer: gridLineLayer() },
    { slot: 'label', layer: gridLabelLayer() },
  ],
  bind: (wmap) => {
    const container = wmap.map.getContainer();
    let joined: { grids: GridsResponse; status: StatusResponse | null; data: GridsResponse } | null = null;

    const sync = () => {
      const week = useView.getState().week;
      // the week's own layout (today's only when that could not be had); until it comes the week before stays
      const grids = layoutOf(week) ?? (layoutFailed(week) ? useData.getState().grids : null);
      if (!grids) return;
      const status = statusOf(week);
      // keep the week before on screen until the new week's status arrives too, rather than flash white
      if (!status && joined) return;
      wmap.setData(GRID_SOURCES.labels, cachedLabelPoints(grids));
      if (!joined || joined.grids !== grids || joined.status !== status) joined = { grids, status, data: gridsWithStatus(grids, status) };
      if (!wmap.setData(GRID_SOURCES.grids, joined.data)) return;
      const shown = status?.week ?? '';
      wmap.afterIdle(() => {
        if (joined?.status?.week === status?.week) container.dataset.shownWeek = shown;
      });
    };

    sync();
    const offs = [useData.subscribe(sync), useView.subscribe(sync), useWeekLayout.subscribe(sync), wmap.onHover(GRID_LAYERS.fill, 'pointer')];
    return () => offs.forEach((off) => off());
  },
};
