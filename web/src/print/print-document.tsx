import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { printT, PRINT_LOCALES } from './i18n/index.ts';
import type { PrintData } from './load-print-data.ts';
import type { PrintScale } from './print-layers.ts';
import { MapPainter, type PrintedMap } from './print-map.ts';
import type { PrintParams } from './print-params.ts';
import { Sheet } from './sheet.tsx';
import type { SheetModel } from './sheet-model.ts';

export interface DrawnSheet {
  map: PrintedMap;
  /** the element the map fills, to turn map pixels into page pixels */
  box: HTMLElement;
}

export interface PrintDocumentProps {
  params: PrintParams;
  data: PrintData;
  sheets: SheetModel[];
  /** every sheet's map is drawn and its table fitted; in sheet order */
  onReady: (sheets: DrawnSheet[]) => void;
  onError: (err: unknown) => void;
}

/** The sheets one after another (one printed page each), drawing their maps one at a time. */
export function PrintDocument({ params, data, sheets, onReady, onError }: PrintDocumentProps) {
  const t = useMemo(() => printT(params.lang), [params.lang]);
  const drawn = useRef(new Map<number, DrawnSheet>());
  const [turn, setTurn] = useState(0);
  const [painter] = useState(() => new MapPainter());
  useEffect(() => () => painter.dispose(), [painter]);
  const onSheetReady = useCallback(
    (index: number, map: PrintedMap, box: HTMLElement) => {
      if (drawn.current.has(index)) return;
      drawn.current.set(index, { map, box });
      setTurn((n) => Math.max(n, index + 1));
      if (drawn.current.size === sheets.length) {
        // every picture is copied: the live map would only slow the capture down
        painter.dispose();
        onReady(sheets.map((_, i) => drawn.current.get(i)!));
      }
    },
    [sheets, onReady, painter],
  );
  const scales = useMemo(
    () =>
      sheets.map(
        (s): PrintScale => ({
          u: params.paper === 'A3' ? Math.SQRT2 : 1,
          // zoomed in past the town: grid names fit beside their codes
          detailed: s.community !== null || params.frame !== 'town',
          focus: s.community?.id ?? null,
          overlays: params.overlays,
          selected: s.selected?.id ?? null,
        }),
      ),
    [sheets, params.paper, params.overlays, params.frame],
  );
  return (
    <>
      {sheets.map((sheet, i) => (
        <Sheet
          key={sheet.community?.id ?? 'county'}
          index={i}
          pages={sheets.length}
          sheet={sheet}
          data={data}
          params={params}
          scale={scales[i]}
          t={t}
          locale={PRINT_LOCALES[params.lang]}
          active={i <= turn}
          painter={painter}
          onReady={onSheetReady}
          onError={onError}
        />
      ))}
    </>
  );
}
