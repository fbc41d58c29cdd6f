import { useEffect, useRef, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CommunitiesResponse } from '@wangge/geodata';
import { NorthArrow } from './north-arrow.tsx';
import type { PrintT } from './i18n/index.ts';
import type { PrintScale } from './print-layers.ts';
import { drawPrintMap } from './print-map.ts';
import type { PrintKind } from './print-params.ts';
import { measureScale, ScaleBar, type ScaleInfo } from './scale-bar.tsx';
import type { SheetModel } from './sheet-model.ts';

export interface MapFrameProps {
  sheet: SheetModel;
  kind: PrintKind;
  scale: PrintScale;
  pixelRatio: number | null;
  communities: CommunitiesResponse;
  t: PrintT;
  onDrawn: (map: MapLibreMap) => void;
  onError: (err: unknown) => void;
}

/** The map with its north arrow and scale bar; reports the MapLibre map once it is fully drawn. */
export function MapFrame({ sheet, kind, scale, pixelRatio, communities, t, onDrawn, onError }: MapFrameProps) {
  const container = useRef<HTMLDivElement>(null);
  const [measured, setMeasured] = useState<{ info: ScaleInfo; width: number } | null>(null);
  // the map is drawn once per sheet: callbacks are read through a ref so a new closure never redraws it
  const callbacks = useRef({ onDrawn, onError });
  callbacks.current = { onDrawn, onError };

  useEffect(() => {
    let map: MapLibreMap | null = null;
    let cancelled = false;
    drawPrintMap({ container: container.current!, sheet, kind, scale, pixelRatio, communities })
      .then((m) => {
        map = m;
        if (cancelled) return m.remove();
        setMeasured({ info: measureScale(m), width: m.getContainer().clientWidth });
        callbacks.current.onDrawn(m);
      })
      .catch((err: unknown) => callbacks.current.onError(err));
    return () => {
      cancelled = true;
      map?.remove();
    };
  }, [sheet, kind, scale, pixelRatio, communities]);

  return (
    <div className="map-frame">
      <div className="map" ref={container} role="img" aria-label={t(`legend.${kind}`)} />
      <div className="north">
        <NorthArrow label={t('map.north')} u={scale.u} />
      </div>
      {measured && (
        <div className="scale">
          <ScaleBar metresPerPx={measured.info.metresPerPx} maxPx={Math.min(measured.width * 0.28, 180 * scale.u)} u={scale.u} />
        </div>
      )}
    </div>
  );
}
