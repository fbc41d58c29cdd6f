import type { Map } from 'maplibre-gl';

declare global {
  interface Window {
    /** set by the app under WebDriver (see web/src/map/wangge-map.ts) */
    __wanggeMap?: Map;
    /** set by the print page once its sheets are drawn (see web/src/print/main.tsx): where a place lands on the page */
    __wanggePrint?: { project(sheet: number, points: [number, number][]): [number, number][] };
  }
}
