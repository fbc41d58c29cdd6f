import { useRef } from 'react';
import { STATUS_COLORS } from '@wangge/geodata';
import { bandColour, scoreBand } from '../assessment/map/score-bands.ts';
import { useFitRows } from './fit-rows.ts';
import type { PrintT } from './i18n/index.ts';
import type { PrintKind } from './print-params.ts';
import type { SheetModel } from './sheet-model.ts';

interface Table {
  title: string;
  head: string[];
  rows: { key: string; cells: string[]; mark?: string }[];
  numeric?: number;
}

const areaFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function tableFor(kind: PrintKind, sheet: SheetModel, t: PrintT): Table {
  if (kind === 'assessment') {
    return {
      title: t('table.pointScores'),
      head: [t('table.point'), t('table.grid'), t('table.score')],
      rows: sheet.pointRows.map((p) => ({ key: p.id, cells: [p.name, p.gridCode ?? t('table.outsideGrids'), p.score === null ? '—' : p.score.toFixed(1)], mark: bandColour(scoreBand(p.score)) })),
      numeric: 2,
    };
  }
  if (kind === 'status') {
    return {
      title: t('table.overdue'),
      head: [t('table.unit'), t('table.grid'), t('table.status')],
      rows: sheet.overdue.map((r, i) => ({ key: `${i}`, cells: [r.unitName, r.gridCode, t(`status.${r.status}`)], mark: STATUS_COLORS[r.status] })),
    };
  }
  if (kind === 'problems') {
    return {
      title: t('table.problems'),
      head: [t('table.category'), t('table.grid'), t('table.status')],
      rows: sheet.overdueProblems.map((p, i) => ({ key: `${i}`, cells: [p.category, p.gridCode ?? '—', t(`problem.${p.status}`)] })),
    };
  }
  return {
    title: t('table.defects'),
    head: [t('table.defect'), t('table.where'), t('table.area')],
    rows: sheet.defectRows.map((d, i) => ({ key: `${i}`, cells: [t(`coverage.${d.kind}`), d.grids.join('\n'), d.areaM2 === null ? '—' : areaFormat.format(d.areaM2)] })),
    numeric: 2,
  };
}

/** The list beside the map (late and missing units, overdue problems or defects), cut to what fits on the sheet. */
export function DetailTable({ kind, sheet, t, onFitted }: { kind: PrintKind; sheet: SheetModel; t: PrintT; onFitted: () => void }) {
  const table = tableFor(kind, sheet, t);
  const box = useRef<HTMLDivElement>(null);
  const shown = useFitRows(box, table.rows.length, onFitted);
  const hidden = table.rows.length - shown;
  return (
    <section className="detail" aria-label={table.title}>
      <h2>
        {table.title}
        <span className="detail-count">{table.rows.length}</span>
      </h2>
      <div className="detail-box" ref={box}>
        {table.rows.length === 0 ? (
          <p className="detail-none">{t('table.none')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                {table.head.map((h, i) => (
                  <th key={h} className={i === table.numeric ? 'num' : undefined}>{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.slice(0, shown).map((r) => (
                <tr key={r.key}>
                  {r.cells.map((c, i) => (
                    <td key={i} className={i === table.numeric ? 'num' : i === 1 ? 'code' : undefined}>
                      {i === 2 && r.mark && <span className="mark" style={{ background: r.mark }} />}
                      {c}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {hidden > 0 && <p className="detail-more">{t('table.more', { count: hidden })}</p>}
      </div>
    </section>
  );
}
