import { useCallback, useRef } from 'react';
import { DetailTable } from './detail-table.tsx';
import type { PrintT } from './i18n/index.ts';
import { Legend } from './legend.tsx';
import type { PrintData } from './load-print-data.ts';
import { MapFrame } from './map-frame.tsx';
import type { MapPainter, PrintedMap } from './print-map.ts';
import type { PrintScale } from './print-layers.ts';
import type { PrintParams } from './print-params.ts';
import type { SheetModel } from './sheet-model.ts';
import { problemFilterNote } from './filter-note.ts';
import { dataTimeLine, defaultTitle, weekSubtitle } from './week-title.ts';

export interface SheetProps {
  index: number;
  pages: number;
  sheet: SheetModel;
  data: PrintData;
  params: PrintParams;
  scale: PrintScale;
  t: PrintT;
  locale: string;
  /** false until the sheets before this one have drawn their maps */
  active: boolean;
  painter: MapPainter;
  onReady: (index: number, map: PrintedMap, box: HTMLElement) => void;
  onError: (err: unknown) => void;
}

/** One sheet of paper: title, the map with its furniture, the legend and list beside it, and the footer. */
export function Sheet({ index, pages, sheet, data, params, scale, t, locale, active, painter, onReady, onError }: SheetProps) {
  const done = useRef({ map: null as { map: PrintedMap; box: HTMLElement } | null, table: false });
  const check = useCallback(() => {
    if (done.current.map && done.current.table) onReady(index, done.current.map.map, done.current.map.box);
  }, [index, onReady]);
  const onDrawn = useCallback(
    (map: PrintedMap, box: HTMLElement) => {
      done.current.map = { map, box };
      check();
    },
    [check],
  );
  const onFitted = useCallback(() => {
    if (done.current.table) return;
    done.current.table = true;
    check();
  }, [check]);

  const round = data.assessment?.round ?? null;
  const title = params.title ?? defaultTitle(t, params.kind, data.week, data.config.county.name, round?.name);
  const exempt = params.kind === 'status' && data.status?.exempt;
  const showsProblems = params.kind === 'problems' || params.overlays.includes('problems');
  const filterNote = showsProblems ? problemFilterNote(params.problemFilter, t, data.grids) : null;
  // a pack of every community frames each sheet on its community (sheetModels), whatever was asked
  const framed = params.community !== 'all';
  const frameNote =
    framed && params.frame === 'view' ? t('subtitle.frame.view') : framed && params.frame === 'grid' && sheet.selected ? t('subtitle.frame.grid', { code: sheet.selected.code }) : null;
  return (
    <section className={`sheet paper-${params.paper} ${params.orientation}`} data-sheet={index} data-community={sheet.community?.id ?? ''}>
      <header className="sheet-head">
        <h1>
          {title}
          {sheet.community && <span className="sheet-community">{t('title.community', { name: `${sheet.community.streetOfficeName} · ${sheet.community.name}` })}</span>}
        </h1>
        <p className="subtitle">
          {round
            ? t('subtitle.round', { from: round.from, to: round.to, seed: round.seed, scored: round.sample.filter((p) => p.submittedAt !== null).length, points: round.sample.length })
            : weekSubtitle(t, data.week, locale)}
          {exempt && ` · ${t('subtitle.exempt')}`}
          {frameNote && ` · ${frameNote}`}
        </p>
        {filterNote && <p className="filter-note">{filterNote}</p>}
      </header>
      <div className="sheet-body">
        <MapFrame sheet={sheet} kind={params.kind} scale={scale} pixelRatio={params.pixelRatio} communities={data.communities} zones={data.zones} t={t} active={active} painter={painter} onDrawn={onDrawn} onError={onError} />
        <aside className="side">
          <Legend kind={params.kind} sheet={sheet} t={t} hasCoverage={data.coverage !== null} lines={{ zones: params.overlays.includes('zones'), selected: sheet.selected }} />
          {params.kind !== 'problems' && params.overlays.includes('problems') && <Legend kind="problems" sheet={sheet} t={t} hasCoverage={false} lines={null} />}
          {params.kind === 'coverage' && <CoverageSummary data={data} sheet={sheet} t={t} />}
          <DetailTable kind={params.kind} sheet={sheet} t={t} onFitted={onFitted} />
        </aside>
      </div>
      <footer className="sheet-foot">
        <span className="data-time">{dataTimeLine(t, locale, data.config.now, data.status?.closedAt ?? null)}</span>
        <span>{t('footer.crs')}</span>
        <span>{t('footer.madeBy')}</span>
        {pages > 1 && <span className="page-no">{t('footer.page', { page: index + 1, pages })}</span>}
      </footer>
    </section>
  );
}

function CoverageSummary({ data, sheet, t }: { data: PrintData; sheet: SheetModel; t: PrintT }) {
  if (!data.coverage) return <p className="coverage-note">{t('coverage.unavailable')}</p>;
  const clean = sheet.defectRows.length === 0;
  return (
    <dl className="coverage-summary">
      {!sheet.community && (
        <>
          <dt>{t('coverage.covered')}</dt>
          <dd>{`${data.coverage.summary.coveredPct.toFixed(2)}%`}</dd>
        </>
      )}
      <dt>{t('coverage.responsibility')}</dt>
      <dd>{sheet.responsibilityIssues}</dd>
      {clean && <dd className="coverage-ok">{t('coverage.allGood')}</dd>}
    </dl>
  );
}
