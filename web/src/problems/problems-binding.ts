import type { FeatureCollection, Point } from 'geojson';
import type { ProblemPinProps, ProblemPinsResponse } from '@wangge/geodata';
import type { PaddingFor } from '../map/map-binding.ts';
import { focusFeatures } from '../map/layers/problem-focus.layer.ts';
import { SOURCES } from '../map/theme.ts';
import type { WanggeMap } from '../map/wangge-map.ts';
import { useProblemCamera } from './camera.store.ts';
import { useProblemCard } from './card.store.ts';
import { useFiling } from './filing.store.ts';
import { usePins } from './pins.store.ts';

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
function paddingBesideList(wmap: WanggeMap, paddingFor: PaddingFor) {
  const padding = paddingFor();
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
 * mode, camera requests) and the map's view into the pins store. Returns the unsubscribe function.
 */
export function bindProblems(wmap: WanggeMap, paddingFor: PaddingFor): () => void {
  let focusKey = '';
  let flown = useProblemCamera.getState().request?.n ?? 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  let shownPins: { from: ProblemPinsResponse; data: FeatureCollection } | null = null;
  const syncPins = () => {
    const pins = usePins.getState().pins;
    if (!pins || shownPins?.from === pins) return;
    shownPins = { from: pins, data: pinFeatures(pins) };
    wmap.setData(SOURCES.problems, shownPins.data);
  };

  const syncFocus = () => {
    const detail = useProblemCard.getState().detail;
    const open = detail?.load.state === 'ready' ? ([detail.load.data.lon, detail.load.data.lat] as const) : null;
    const { active, at } = useFiling.getState();
    wmap.setPlacing(active);
    const key = JSON.stringify([open, at]);
    if (key === focusKey) return;
    focusKey = key;
    wmap.setData(SOURCES.problemFocus, focusFeatures([{ kind: 'open', at: open }, { kind: 'draft', at }]));
  };

  const syncCamera = () => {
    const request = useProblemCamera.getState().request;
    if (!request || request.n === flown) return;
    flown = request.n;
    wmap.flyToPoint(request.at, paddingBesideList(wmap, paddingFor));
  };

  syncPins();
  syncFocus();
  syncCamera();
  const offs = [
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
  };
}
