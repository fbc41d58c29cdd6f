import { useEffect, useRef, type ReactNode } from 'react';
import type { PaddingOptions } from 'maplibre-gl';
import { useT } from '../i18n/lang.ts';
import { useData } from '../state/data.store.ts';
import { isPhone } from '../theme/breakpoints.ts';
import type { MapFeature } from './map-feature.ts';
import { WanggeMap } from './wangge-map.ts';

const PANEL_WIDTH = 380;

/**
 * On a phone the panel and the task view sit below the map rather than over it, so only the desktop
 * column needs room: the panel's, or as far left as the open task view reaches (the panel beside it).
 * Measured when the camera moves, after the panel has opened.
 */
function coveredPadding(): PaddingOptions {
  if (!isPhone()) {
    const right = document.querySelector('.map')?.getBoundingClientRect().right ?? window.innerWidth;
    const covers = [...document.querySelectorAll('.drawer, .side-panel')].map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0);
    const covered = Math.max(PANEL_WIDTH, ...covers.map((r) => right - r.left));
    return { top: 48, bottom: 48, left: 48, right: covered + 48 };
  }
  return { top: 32, bottom: 32, left: 32, right: 32 };
}

/**
 * The map region, with its overlays (the legend) as children. Renders once the config (with the
 * county's bbox) is known; the MapLibre map lives in a ref, never in React state. What it shows is
 * the features it is handed: it knows none of them.
 */
export function MapView({ features, children }: { features: readonly MapFeature[]; children?: ReactNode }) {
  const t = useT();
  const bbox = useData((s) => s.config?.bbox);
  const basemap = useData((s) => s.config?.basemap ?? null);
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<WanggeMap | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container || !bbox) return;
    const wmap = new WanggeMap({ container, bounds: bbox, basemap, features, padding: coveredPadding });
    mapRef.current = wmap;
    const observer = new ResizeObserver(() => wmap.resize());
    observer.observe(container);
    return () => {
      observer.disconnect();
      wmap.destroy();
      mapRef.current = null;
    };
  }, [bbox, basemap, features]);

  // MapLibre names its focusable canvas "Map" in English whatever the UI language
  const canvasLabel = t('map.canvas');
  useEffect(() => {
    mapRef.current?.map.getCanvas().setAttribute('aria-label', canvasLabel);
  }, [canvasLabel, bbox, basemap]);

  return (
    <div className="map-wrap">
      <div ref={containerRef} className="map" role="region" aria-label={t('map.label')} />
      <div className="map-buttons" role="group" aria-label={t('map.controls')}>
        <button type="button" className="icon-button" onClick={() => mapRef.current?.zoomBy(1)} aria-label={t('map.zoomIn')} title={t('map.zoomIn')}>
          +
        </button>
        <button type="button" className="icon-button" onClick={() => mapRef.current?.zoomBy(-1)} aria-label={t('map.zoomOut')} title={t('map.zoomOut')}>
          −
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={() => bbox && mapRef.current?.fitTo(bbox)}
          aria-label={t('map.fitAll')}
          title={t('map.fitAll')}
        >
          ⤢
        </button>
      </div>
      {children}
    </div>
  );
}
