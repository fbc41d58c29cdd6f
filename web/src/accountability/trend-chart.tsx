import { useLayoutEffect, useRef, useState } from 'react';
import { useLocale, useT } from '../i18n/lang.ts';
import { formatWeekDate, formatWeekShort } from '../week/weeks.ts';
import { labelEvery, linePath, RATE_TICKS, xScale, yScale, type ChartBox } from './chart-scale.ts';

export interface ChartLine {
  key: string;
  name: string;
  rates: readonly (number | null)[];
  color: string;
  /** the reference line (the whole county): thicker, drawn on top */
  main?: boolean;
  /** the line the reader picked from the key: a little thicker */
  picked?: boolean;
}

const HEIGHT = 220;
const MARGIN = { left: 40, right: 20, top: 12, bottom: 26 };
const X_LABEL_WIDTH = 46;

/** On-time rate per week as lines on a 0–100 % axis; drawn at the width it is given, no chart library. */
export function TrendChart({ weeks, lines, label }: { weeks: readonly string[]; lines: readonly ChartLine[]; label: string }) {
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
  const x = xScale(weeks.length, box);
  const y = yScale(box);
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const showLabel = labelEvery(weeks.length, width - MARGIN.left - MARGIN.right, X_LABEL_WIDTH);
  const ordered = [...lines].sort((a, b) => Number(Boolean(a.main)) - Number(Boolean(b.main)));

  return (
    <div className="trend-chart" ref={wrap}>
      <svg width={width} height={HEIGHT} role="img" aria-label={label}>
        <g className="chart-grid">
          {RATE_TICKS.map((tick) => (
            <g key={tick}>
              <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(tick)} y2={y(tick)} />
              <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
                {pct.format(tick)}
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
        {ordered.map((line) => (
          <g key={line.key} className={line.main ? 'chart-line is-main' : line.picked ? 'chart-line is-picked' : 'chart-line'} data-series={line.key}>
            <path d={linePath(line.rates, x, y)} stroke={line.color} fill="none" />
            {line.rates.map((rate, i) => (
              <circle key={weeks[i]} cx={x(i)} cy={y(rate ?? 0)} r={line.main ? 3.5 : 2.5} fill={line.color} visibility={rate === null ? 'hidden' : undefined}>
                <title>
                  {rate === null
                    ? t('trends.noneDue', { name: line.name, week: formatWeekDate(weeks[i], locale) })
                    : t('trends.point', { name: line.name, week: formatWeekDate(weeks[i], locale), rate: pct.format(rate) })}
                </title>
              </circle>
            ))}
          </g>
        ))}
      </svg>
    </div>
  );
}
