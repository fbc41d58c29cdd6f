import type { Bbox } from './problem-query.ts';

/** The box grown by `ratio` of its size on every side, clamped to valid degrees. */
export function padBbox([w, s, e, n]: Bbox, ratio: number): Bbox {
  const dx = (e - w) * ratio;
  const dy = (n - s) * ratio;
  return [Math.max(-180, w - dx), Math.max(-90, s - dy), Math.min(180, e + dx), Math.min(90, n + dy)];
}

export function containsBbox(outer: Bbox, inner: Bbox): boolean {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}

/** What the pins on screen were loaded for. */
export interface LoadedPins {
  /** the filter's query string */
  filterKey: string;
  /** the box asked for (the view, padded) */
  bbox: Bbox;
  /** the map's zoom when they were asked for */
  zoom: number;
  /** the server had more matches in that box than the limit */
  truncated: boolean;
}

/**
 * Zooming in this far past a cut answer asks again: the closer view holds pins the first answer
 * left out. Less than that, and the newest pins already loaded stand for the view well enough.
 */
export const REFINE_ZOOM_STEP = 0.75;

/**
 * Whether a new view needs a new request. Pins loaded for a padded box cover small pans and any
 * zoom-in; an answer cut at the limit also covers small pans (asking again on every pan of a busy
 * town view would only churn), but not a real zoom-in.
 */
export function needsPins(loaded: LoadedPins | null, filterKey: string, view: Bbox, zoom: number): boolean {
  if (!loaded || loaded.filterKey !== filterKey) return true;
  if (!containsBbox(loaded.bbox, view)) return true;
  return loaded.truncated && zoom >= loaded.zoom + REFINE_ZOOM_STEP;
}
