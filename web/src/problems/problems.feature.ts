import type { GeoJSONSource } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { ProblemPinProps, ProblemPinsResponse } from '@wangge/geodata';
import type { MapFeature } from '../map/map-feature.ts';
import { emptySource } from '../map/map-style.ts';
import type { WanggeMap } from '../map/wangge-map.ts';
import { useView } from '../state/view.store.ts';
import { useProblemCamera } from './camera.store.ts';
import { useProblemCard } from './card.store.ts';
import { useFiling } from './filing.store.ts';
import { usePins } from './pins.store.ts';
import { focusFeatures, problemDraftDotLayer, problemDraftLayer, problemFocusRingLayer } from './problem-focus.layer.ts';
import {
  PROBLEM_LAYERS,
  PROBLEM_SOURCES,
  problemClusterCountLayer,
  problemClusterLayer,
  problemHaloLayer,
  problemPointLayer,
  problemRoomLayer,
  problemsSource,
} from './problems.layer.ts';

/** Pans often come in bursts (a fling, a double-click zoom); ask for pins once they settle. */
const MOVE_DEBOUNCE_MS = 200;

/**
 * Only what the pin layers read goes to the map's worker (the API already answers the map with slim
 * pins; this leaves out the paging members and feature ids the clustered source has no use for).
 */
export function pinFeatures(pins: ProblemPinsResponse): FeatureCollection<Point, ProblemPinProps> {
  return {
    type: 'FeatureCollection',
    features: pins.features.map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: { id: f.properties.id, status: f.properties.status, overdue: f.properties.overdue },
    })),
  };
}

/** The panel's padding, widened on the left when the list drawer covers that side of the map. */
function paddingBesideList(wmap: WanggeMap) {
  const padding = wmap.padding();
  const list = document.querySelector('.problem-list');
  if (!list) return padding;
  const box = list.getBoundingClientRect();
  const map = wmap.map.getContainer().getBoundingClientRect();
  // on phones the list covers the whole map and closes when a problem is chosen
  if (box.width < map.width / 2) padding.left = Math.max(padding.left ?? 0, box.right - map.left + 24);
  return padding;
}

/**
 * Pushes the problem stores into the map (pins, the open problem's ring, the draft pin, placing
 * mode, camera requests) and the map's view into the pins store; a click on a pin opens its card,
 * on a cluster zooms in, and while a problem is being filed every click places its pin. Returns the
 * unsubscribe function.
 */
function bindProblems(wmap: WanggeMap): () => void {
  let focusKey = '';
  let flown = useProblemCamera.getState().request?.n ?? 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  let shownPins: { from: ProblemPinsResponse; data: FeatureCollection } | null = null;
  const syncPins = () => {
    const pins = usePins.getState().pins;
    if (!pins || shownPins?.from === pins) return;
    shownPins = { from: pins, data: pinFeatures(pins) };
    wmap.setData(PROBLEM_SOURCES.pins, shownPins.data);
  };

  const syncFocus = () => {
    const detail = useProblemCard.getState().detail;
    const open = detail?.load.state === 'ready' ? ([detail.load.data.lon, detail.load.data.lat] as const) : null;
    const { active, at } = useFiling.getState();
    wmap.setCursorOverride('filing', active ? 'crosshair' : null);
    const key = JSON.stringify([open, at]);
    if (key === focusKey) return;
    focusKey = key;
    wmap.setData(PROBLEM_SOURCES.focus, focusFeatures([{ kind: 'open', at: open }, { kind: 'draft', at }]));
  };

  const syncCamera = () => {
    const request = useProblemCamera.getState().request;
    if (!request || request.n === flown) return;
    flown = request.n;
    wmap.flyToPoint(request.at, paddingBesideList(wmap));
  };

  const syncShown = () => wmap.setVisible(Object.values(PROBLEM_LAYERS), useView.getState().overlays.problems);

  syncPins();
  syncFocus();
  syncCamera();
  syncShown();
  const offs = [
    // while filing, every click places the pin: pins and clusters do not catch it
    wmap.onClick({ phase: 'capture', handle: ({ at }) => useFiling.getState().place(at) }),
    wmap.onClick({
      phase: 'target',
      layers: [PROBLEM_LAYERS.points],
      handle: ({ hit }) => {
        void useProblemCard.getState().open(String(hit!.properties.id));
        return true;
      },
    }),
    wmap.onClick({
      phase: 'target',
      layers: [PROBLEM_LAYERS.clusters],
      handle: ({ hit }) => {
        void zoomIntoCluster(wmap, hit!.properties.cluster_id as number, (hit!.geometry as Point).coordinates as [number, number]);
        return true;
      },
    }),
    wmap.onHover(PROBLEM_LAYERS.clusters, 'zoom-in'),
    wmap.onHover(PROBLEM_LAYERS.points, 'pointer'),
    useView.subscribe(syncShown),
    usePins.subscribe(syncPins),
    useProblemCard.subscribe(syncFocus),
    useFiling.subscribe(syncFocus),
    useProblemCamera.subscribe(syncCamera),
    wmap.onMoveEnd(() => {
      clearTimeout(timer);
      timer = setTimeout(() => usePins.getState().setView(wmap.viewBounds(), wmap.map.getZoom()), MOVE_DEBOUNCE_MS);
    }),
  ];
  return () => {
    clearTimeout(timer);
    for (const off of offs) off();
    wmap.setCursorOverride('filing', null);
  };
}

/** Zooms to where the cluster breaks apart. */
async function zoomIntoCluster(wmap: WanggeMap, clusterId: number, center: [number, number]): Promise<void> {
  const source = wmap.map.getSource<GeoJSONSource>(PROBLEM_SOURCES.pins);
  const zoom = await source?.getClusterExpansionZoom(clusterId);
  wmap.map.easeTo({ center, zoom: zoom ?? wmap.map.getZoom() + 2 });
}

/** Problem pins (clustered), the open problem's ring and the draft pin; shown when the problems layer is on. */
export const problemsFeature: MapFeature = {
  id: 'problems',
  sources: () => ({ [PROBLEM_SOURCES.pins]: problemsSource(), [PROBLEM_SOURCES.focus]: emptySource() }),
  // the invisible room boxes first: symbols placed before the labels keep the labels off the pins
  layers: () =>
    [
      problemRoomLayer(),
      problemClusterLayer(),
      problemHaloLayer(),
      problemPointLayer(),
      problemClusterCountLayer(),
      problemFocusRingLayer(),
      problemDraftLayer(),
      problemDraftDotLayer(),
    ].map((layer) => ({ slot: 'pins', layer })),
  bind: bindProblems,
};
