import { PROBLEM_STATUS, PROBLEM_STATUS_COLORS, STATUS_ORDER } from '@wangge/geodata';
import { bandColour } from '../assessment/map/score-bands.ts';
import { MAP_COLORS } from '../map/theme.ts';
import { blend, statusPrintColor } from './colors.ts';
import type { PrintT } from './i18n/index.ts';
import { DEFECT_COLORS, DEFECT_FILL_OPACITY, PRINT_COLORS } from './print-layers.ts';
import type { PrintKind } from './print-params.ts';
import { SCORE_BAND_ORDER, type SelectedGrid, type SheetModel } from './sheet-model.ts';

interface Row {
  key: string;
  swatch: 'fill' | 'pin' | 'line';
  color: string;
  label: string;
  count: number | null;
}

function rows(kind: PrintKind, sheet: SheetModel, t: PrintT, hasCoverage: boolean): Row[] {
  // the points per band, in their stars' colours; a scored grid is printed as a paler tint of its own score's band
  if (kind === 'assessment') return SCORE_BAND_ORDER.map((b) => ({ key: b, swatch: 'fill', color: bandColour(b), label: t(`score.${b}`), count: sheet.bandCounts[b] }));
  if (kind === 'status') return STATUS_ORDER.map((s) => ({ key: s, swatch: 'fill', color: statusPrintColor(s), label: t(`status.${s}`), count: sheet.statusCounts[s] }));
  if (kind === 'problems') {
    return Object.values(PROBLEM_STATUS).map((s) => ({ key: s, swatch: 'pin', color: PROBLEM_STATUS_COLORS[s], label: t(`problem.${s}`), count: sheet.problemCounts[s] }));
  }
  if (!hasCoverage) return [{ key: 'grid', swatch: 'fill', color: PRINT_COLORS.neutralGrid, label: t('legend.grids', { count: sheet.grids.features.length }), count: null }];
  const defect = (kind: keyof typeof DEFECT_COLORS) => blend(DEFECT_COLORS[kind], MAP_COLORS.communityFill, DEFECT_FILL_OPACITY);
  const defective = sheet.grids.features.filter((f) => (f.properties as { defect?: boolean }).defect).length;
  return [
    { key: 'ok', swatch: 'fill', color: PRINT_COLORS.neutralGrid, label: t('coverage.ok'), count: sheet.grids.features.length - defective },
    { key: 'defect', swatch: 'fill', color: PRINT_COLORS.defectGrid, label: t('coverage.defect'), count: defective },
    { key: 'overlap', swatch: 'fill', color: defect('overlap'), label: t('coverage.overlap'), count: sheet.defectCounts.overlap },
    { key: 'gap', swatch: 'fill', color: defect('gap'), label: t('coverage.gap'), count: sheet.defectCounts.gap },
    { key: 'outside', swatch: 'fill', color: defect('outside'), label: t('coverage.outside'), count: sheet.defectCounts.outside },
  ];
}

/** The map key as a table: a swatch per class, how many grids or pins it has, and their share. */
export interface LegendProps {
  kind: PrintKind;
  sheet: SheetModel;
  t: PrintT;
  hasCoverage: boolean;
  /** the map's own key also explains the lines: community edges and, when shown, zones */
  lines: { zones: boolean; selected: SelectedGrid | null } | null;
}

export function Legend({ kind, sheet, t, hasCoverage, lines }: LegendProps) {
  const list = rows(kind, sheet, t, hasCoverage);
  const counted = list.filter((r) => r.count !== null);
  const total = counted.reduce((s, r) => s + (r.count ?? 0), 0);
  const title = t(`legend.${kind}`);
  const classHead = kind === 'coverage' ? t('table.defect') : kind === 'assessment' ? t('table.score') : t('table.status');
  const countHead = kind === 'status' ? t('table.grids') : kind === 'assessment' ? t('table.points') : t('table.count');
  const showShare = kind !== 'coverage';
  return (
    <section className="legend" aria-label={title}>
      <h2>{title}</h2>
      <table>
        <thead>
          <tr>
            <th colSpan={2}>{classHead}</th>
            <th className="num">{countHead}</th>
            {showShare && <th className="num">{t('table.share')}</th>}
          </tr>
        </thead>
        <tbody>
          {list.map((r) => (
            <tr key={r.key} data-legend={r.key} className={r.count === 0 ? 'is-zero' : undefined}>
              <td className="swatch-cell">
                <span className={`swatch swatch-${r.swatch}`} data-color={r.color} style={{ background: r.color, borderColor: r.swatch === 'pin' ? PRINT_COLORS.pinRing : undefined }} />
              </td>
              <td>{r.label}</td>
              <td className="num">{r.count ?? ''}</td>
              {showShare && <td className="num">{r.count !== null && total > 0 ? `${Math.round((100 * r.count) / total)}%` : ''}</td>}
            </tr>
          ))}
          {lines && (
            <tr data-legend="community">
              <td className="swatch-cell">
                <span className="swatch swatch-line" style={{ borderColor: MAP_COLORS.communityLine }} />
              </td>
              <td colSpan={showShare ? 3 : 2}>{t('legend.community')}</td>
            </tr>
          )}
          {lines?.zones && (
            <tr data-legend="zones">
              <td className="swatch-cell">
                <span className="swatch swatch-line swatch-dashed" style={{ borderColor: MAP_COLORS.zone }} />
              </td>
              <td colSpan={showShare ? 3 : 2}>{t('legend.zones')}</td>
            </tr>
          )}
          {lines?.selected && (
            <tr data-legend="selected">
              <td className="swatch-cell">
                <span className="swatch swatch-line swatch-selected" style={{ borderColor: MAP_COLORS.selection }} />
              </td>
              <td colSpan={showShare ? 3 : 2}>{t('legend.selected', { code: lines.selected.code })}</td>
            </tr>
          )}
        </tbody>
        {showShare && (
          <tfoot>
            <tr>
              <td />
              <td>{t('table.total')}</td>
              <td className="num">{total}</td>
              <td className="num">{total > 0 ? '100%' : ''}</td>
            </tr>
          </tfoot>
        )}
      </table>
    </section>
  );
}
