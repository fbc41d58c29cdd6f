import { useCallback, useMemo, useRef } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { printT, PRINT_LOCALES } from './i18n/index.ts';
import type { PrintData } from './load-print-data.ts';
import type { PrintScale } from './print-layers.ts';
import type { PrintParams } from './print-params.ts';
import { Sheet } from './sheet.tsx';
import type { SheetModel } from './sheet-model.ts';

export interface PrintDocumentProps {
  params: PrintParams;
  data: PrintData;
  sheets: SheetModel[];
  /** every sheet's map is drawn and its table fitted; maps in sheet order */
  onReady: (maps: MapLibreMap[]) => void;
  onError: (err: unknown) => void;
}

/** The sheets one after another; each is one page when printed (page-break-after). */
export function PrintDocument({ params, data, sheets, onReady, onError }: PrintDocumentProps) {
  const t = useMemo(() => printT(params.lang), [params.lang]);
  const ready = useRef(new Map<number, MapLibreMap>());
  const onSheetReady = useCallback(
    (index: number, map: MapLibreMap) => {
      ready.current.set(index, map);
      if (ready.current.size === sheets.length) onReady(sheets.map((_, i) => ready.current.get(i)!));
    },
    [sheets, onReady],
  );
  const scales = useMemo(
    () => sheets.map((s): PrintScale => ({ u: params.paper === 'A3' ? Math.SQRT2 : 1, detailed: s.community !== null, focus: s.community?.id ?? null })),
    [sheets, params.paper],
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
          onReady={onSheetReady}
          onError={onError}
        />
      ))}
    </>
  );
}
