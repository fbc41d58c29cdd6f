import type { PaddingOptions } from 'maplibre-gl';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { geometryBBox, type GridsResponse, type StatusResponse } from '@wangge/geodata';
import { statusOf, useData } from '../state/data.store.ts';
import { useView } from '../state/view.store.ts';
import type { Overlay } from '../state/url-state.ts';
import { labelPoints } from './label-points.ts';
import { gridsWithStatus } from './layers/grids.layer.ts';
import { SOURCES } from './theme.ts';
import type { WanggeMap } from './wangge-map.ts';

/** Space the panel and header cover, so a grid flown to is not hidden behind them. */
export type PaddingFor = () => PaddingOptions;

/**
 * Pushes store state into the map: data into sources, the week's status into the grid fills,
 * selection and overlays into filters and visibility. Returns the unsubscribe function.
 * The container's data-shown-week says which week's colours are on screen (tests wait for it).
 */
export function bindMap(wmap: WanggeMap, container: HTMLElement, paddingFor: PaddingFor): () => void {
  let joined: { grids: GridsResponse; status: StatusResponse | null; data: GridsResponse } | null = null;
  let flown = useView.getState().flyRequest;

  const labels = new WeakMap<object, FeatureCollection<Point>>();
  const labelsOf = (fc: FeatureCollection<Polygon | MultiPolygon>) => {
    let points = labels.get(fc);
    if (!points) labels.set(fc, (points = labelPoints(fc)));
    return points;
  };

  const syncData = () => {
    const { grids, communities, zones } = useData.getState();
    const week = useView.getState().week;
    if (communities) {
      wmap.setData(SOURCES.communities, communities);
      wmap.setData(SOURCES.communityLabels, labelsOf(communities));
    }
    if (zones) {
      wmap.setData(SOURCES.zones, zones);
      wmap.setData(SOURCES.zoneLabels, labelsOf(zones));
    }
    if (!grids) return;
    wmap.setData(SOURCES.gridLabels, labelsOf(grids));
    const status = statusOf(week);
    // keep the colours of the week before until the new week's status arrives, rather than flash white
    if (!status && joined && joined.grids === grids) return;
    if (!joined || joined.grids !== grids || joined.status !== status) {
      joined = { grids, status, data: gridsWithStatus(grids, status) };
    }
    if (!wmap.setData(SOURCES.grids, joined.data)) return;
    const shown = status?.week ?? '';
    wmap.afterIdle(() => {
      if (joined?.status?.week === status?.week) container.dataset.shownWeek = shown;
    });
  };

  const flyToSelection = () => {
    const { selection, flyRequest } = useView.getState();
    const grids = useData.getState().grids;
    if (flyRequest === flown || !grids) return;
    flown = flyRequest;
    const feature = grids.features.find((f) => f.properties.id === selection.grid);
    if (feature) wmap.fitTo(geometryBBox(feature.geometry), paddingFor, { maxZoom: 15.5 });
  };

  const syncView = () => {
    const { selection, overlays } = useView.getState();
    wmap.setSelection(selection.grid, selection.at);
    for (const [overlay, visible] of Object.entries(overlays) as [Overlay, boolean][]) wmap.setOverlay(overlay, visible);
  };

  syncData();
  syncView();
  flyToSelection();
  const offData = useData.subscribe(() => {
    syncData();
    flyToSelection();
  });
  const offView = useView.subscribe(() => {
    syncData();
    syncView();
    flyToSelection();
  });
  return () => {
    offData();
    offView();
  };
}
