import type { ProblemStatsCounts } from '@wangge/geodata';
import { useLocale, useT } from '../../i18n/lang.ts';
import type { MessageKey } from '../../i18n/zh.ts';
import { formatWeekDate } from '../../week/weeks.ts';
import { ChartAxes, useChartWidth } from '../../accountability/chart-frame.tsx';
import { linePath, xScale, type ChartBox } from '../../accountability/chart-scale.ts';
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

/** One group's (or the whole filter's) counts per week as lines; drawn at the width it is given. */
export function StatsChart({ weeks, counts, label }: { weeks: readonly string[]; counts: ProblemStatsCounts; label: string }) {
  const t = useT();
  const locale = useLocale();
  const [wrap, width] = useChartWidth();

  const box: ChartBox = { width, height: HEIGHT, ...MARGIN };
  const ticks = countTicks(Math.max(0, ...MEASURES.flatMap((m) => counts[m.key])));
  const top = ticks.at(-1)!;
  const x = xScale(weeks.length, box);
  const y = (n: number) => HEIGHT - MARGIN.bottom - ((HEIGHT - MARGIN.top - MARGIN.bottom) * n) / top;
  const number = new Intl.NumberFormat(locale);

  return (
    <div className="trend-chart" ref={wrap}>
      <svg width={width} height={HEIGHT} role="img" aria-label={label}>
        <ChartAxes box={box} weeks={weeks} x={x} ticks={ticks} y={y} formatTick={(v) => number.format(v)} locale={locale} />
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
