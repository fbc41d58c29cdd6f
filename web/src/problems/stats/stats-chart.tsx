import { useLayoutEffect, useRef, useState } from 'react';
import type { ProblemStatsCounts } from '@wangge/geodata';
import { useLocale, useT } from '../../i18n/lang.ts';
import type { MessageKey } from '../../i18n/zh.ts';
import { formatWeekDate, formatWeekShort } from '../../week/weeks.ts';
import { labelEvery, linePath, xScale, type ChartBox } from '../../accountability/chart-scale.ts';
import { countTicks } from './stats-scale.ts';

/** The five counts, Okabe–Ito colours (told apart by colour-blind readers); flows thin, stocks thick. */
export const MEASURES: readonly { key: keyof ProblemStatsCounts; label: MessageKey; color: string; stock?: boolean }[] = [
  { key: 'filed', label: 'problemStats.filed', color: '#0072b2' },
  { key: 'fixed', label: 'problemStats.fixed', color: '#56b4e9' },
  { key: 'verified', label: 'problemStats.verified', color: '#009e73' },
  { key: 'open', label: 'problemStats.open', color: '#e69f00', stock: true },
  { key: 'overdue', label: 'problemStats.overdue', color: '#d55e00', stock: true },
];

const HEIGHT = 200;
const MARGIN = { left: 40, right: 20, top: 12, bottom: 26 };
const X_LABEL_WIDTH = 46;

/** One group's (or the whole filter's) counts per week as lines; drawn at the width it is given. */
export function StatsChart({ weeks, counts, label }: { weeks: readonly string[]; counts: ProblemStatsCounts; label: string }) {
  const t = useT();
  const locale = useLocale();
  const wrap = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(480);

  useLayoutEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(240, Math.floor(el.clientWidth)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const box: ChartBox = { width, height: HEIGHT, ...MARGIN };
  const ticks = countTicks(Math.max(0, ...MEASURES.flatMap((m) => counts[m.key])));
  const top = ticks.at(-1)!;
  const x = xScale(weeks.length, box);
  const y = (n: number) => HEIGHT - MARGIN.bottom - ((HEIGHT - MARGIN.top - MARGIN.bottom) * n) / top;
  const showLabel = labelEvery(weeks.length, width - MARGIN.left - MARGIN.right, X_LABEL_WIDTH);
  const number = new Intl.NumberFormat(locale);

  return (
    <div className="trend-chart" ref={wrap}>
      <svg width={width} height={HEIGHT} role="img" aria-label={label}>
        <g className="chart-grid">
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(tick)} y2={y(tick)} />
              <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
                {number.format(tick)}
              </text>
            </g>
          ))}
        </g>
        <g className="chart-x">
          {weeks.map((w, i) =>
            showLabel(i) ? (
              <text key={w} x={x(i)} y={HEIGHT - 8} textAnchor="middle">
                {formatWeekShort(w, locale)}
              </text>
            ) : null,
          )}
        </g>
        {/* the thick stock lines first, so a thin flow line with the same values stays visible on top */}
        {[...MEASURES].sort((a, b) => Number(Boolean(b.stock)) - Number(Boolean(a.stock))).map((m) => (
          <g key={m.key} className={m.stock ? 'chart-line is-picked' : 'chart-line'} data-measure={m.key}>
            <path d={linePath(counts[m.key], x, y)} stroke={m.color} fill="none" />
            {counts[m.key].map((n, i) => (
              <circle key={weeks[i]} cx={x(i)} cy={y(n)} r={2.5} fill={m.color}>
                <title>{t('problemStats.point', { what: t(m.label), week: formatWeekDate(weeks[i], locale), count: number.format(n) })}</title>
              </circle>
            ))}
          </g>
        ))}
      </svg>
      <ul className="chart-key">
        {MEASURES.map((m) => (
          <li key={m.key}>
            <span className={m.stock ? 'key-line is-main' : 'key-line'} style={{ background: m.color }} aria-hidden="true" />
            {t(m.label)}
          </li>
        ))}
      </ul>
    </div>
  );
}
