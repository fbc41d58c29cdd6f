import type { MapGeoJSONFeature } from 'maplibre-gl';
import type { LonLat } from '../state/url-state.ts';
import { CLICK_PHASES, type ClickHandler } from './map-feature.ts';

/** Asks the map for the topmost rendered feature of some layers under a point (undefined: none). */
export type HitTest = (point: { x: number; y: number }, layers: readonly string[]) => MapGeoJSONFeature | undefined;

/**
 * The click handlers features register, run in phase order (capture, target, fallback) and, within
 * a phase, in the order they were added, until one answers true. Apart from MapLibre so it can be
 * tested without a map.
 */
export class ClickChain {
  private readonly handlers: ClickHandler[] = [];

  add(handler: ClickHandler): () => void {
    if (handler.phase === 'target' && !handler.layers?.length) throw new Error('a target click handler needs the layers that catch it');
    this.handlers.push(handler);
    return () => {
      const i = this.handlers.indexOf(handler);
      if (i >= 0) this.handlers.splice(i, 1);
    };
  }

  /** Runs the click through the handlers; says whether one dealt with it. `hitTest` is null before the style has loaded. */
  dispatch(at: LonLat, point: { x: number; y: number }, hitTest: HitTest | null): boolean {
    for (const phase of CLICK_PHASES) {
      for (const h of this.handlers.filter((x) => x.phase === phase)) {
        let hit = null;
        if (h.layers) {
          hit = hitTest?.(point, h.layers) ?? null;
          if (!hit) continue;
        }
        if (h.handle({ at, point, hit })) return true;
      }
    }
    return false;
  }
}
