import { useEffect, useRef, useState } from 'react';
import type { CommunitiesResponse, ZonesResponse } from '@wangge/geodata';
import { NorthArrow } from './north-arrow.tsx';
import type { PrintT } from './i18n/index.ts';
import type { PrintScale } from './print-layers.ts';
import type { MapPainter, PrintedMap } from './print-map.ts';
import type { PrintKind } from './print-params.ts';
import { ScaleBar } from './scale-bar.tsx';
import type { SheetModel } from './sheet-model.ts';

export interface MapFrameProps {
  sheet: SheetModel;
  kind: PrintKind;
  scale: PrintScale;
  pixelRatio: number | null;
  communities: CommunitiesResponse;
  zones: ZonesResponse | null;
  t: PrintT;
  /** sheets draw their maps one at a time: this one waits until it is its turn */
  active: boolean;
  /** the job's one map, drawing each sheet in turn */
  painter: MapPainter;
  onDrawn: (map: PrintedMap, box: HTMLElement) => void;
  onError: (err: unknown) => void;
}

/** The map with its north arrow and scale bar; reports the drawn map once its picture is in place. */
export function MapFrame({ sheet, kind, scale, pixelRatio, communities, zones, t, active, painter, onDrawn, onError }: MapFrameProps) {
  const container = useRef<HTMLDivElement>(null);
  const [printed, setPrinted] = useState<{ map: PrintedMap; width: number } | null>(null);
  // the map is drawn once per sheet: callbacks are read through a ref so a new closure never redraws it
  const callbacks = useRef({ onDrawn, onError });
  callbacks.current = { onDrawn, onError };

  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    const box = container.current!;
    painter
      .draw({ container: box, sheet, kind, scale, pixelRatio, communities, zones })
      .then((map) => {
        if (cancelled) return;
        setPrinted({ map, width: box.clientWidth });
        callbacks.current.onDrawn(map, box);
      })
      .catch((err: unknown) => callbacks.current.onError(err));
    return () => {
      cancelled = true;
      box.replaceChildren();
    };
  }, [active, painter, sheet, kind, scale, pixelRatio, communities, zones]);

  return (
    <div className="map-frame">
      <div className="map" ref={container} role="img" aria-label={t(`legend.${kind}`)} />
      <div className="north">
        <NorthArrow label={t('map.north')} u={scale.u} />
      </div>
      {printed && (
        <div className="scale">
          <ScaleBar metresPerPx={printed.map.metresPerPx} maxPx={Math.min(printed.width * 0.28, 180 * scale.u)} u={scale.u} />
        </div>
      )}
    </div>
  );
}
