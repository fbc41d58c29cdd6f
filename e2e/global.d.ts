import type { Map } from 'maplibre-gl';

declare global {
  interface Window {
    /** set by the app under WebDriver (see web/src/map/wangge-map.ts) */
    __wanggeMap?: Map;
  }
}
