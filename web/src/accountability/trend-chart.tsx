import { useLocale, useT } from '../i18n/lang.ts';
import { formatWeekDate } from '../week/weeks.ts';
import { ChartAxes, useChartWidth } from './chart-frame.tsx';
import { linePath, RATE_TICKS, xScale, yScale, type ChartBox } from './chart-scale.ts';

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

/** On-time rate per week as lines on a 0–100 % axis; drawn at the width it is given, no chart library. */
export function TrendChart({ weeks, lines, label }: { weeks: readonly string[]; lines: readonly ChartLine[]; label: string }) {
  const t = useT();
  const locale = useLocale();
  const [wrap, width] = useChartWidth();

  const box: ChartBox = { width, height: HEIGHT, ...MARGIN };
  const x = xScale(weeks.length, box);
  const y = yScale(box);
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const ordered = [...lines].sort((a, b) => Number(Boolean(a.main)) - Number(Boolean(b.main)));

  return (
    <div className="trend-chart" ref={wrap}>
      <svg width={width} height={HEIGHT} role="img" aria-label={label}>
        <ChartAxes box={box} weeks={weeks} x={x} ticks={RATE_TICKS} y={y} formatTick={(v) => pct.format(v)} locale={locale} />
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
