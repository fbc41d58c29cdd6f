import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { formatWeekShort } from '../week/weeks.ts';
import { labelEvery, type ChartBox } from './chart-scale.ts';

const X_LABEL_WIDTH = 46;

/** The width a chart's wrapper has (at least 240 px), kept up to date as the drawer resizes. */
export function useChartWidth(): [RefObject<HTMLDivElement | null>, number] {
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
  return [wrap, width];
}

interface ChartAxesProps {
  box: ChartBox;
  weeks: readonly string[];
  x: (i: number) => number;
  ticks: readonly number[];
  y: (v: number) => number;
  formatTick: (v: number) => string;
  locale: string;
}

/** Horizontal grid lines with their values, and the weeks along the bottom (thinned to fit). */
export function ChartAxes({ box, weeks, x, ticks, y, formatTick, locale }: ChartAxesProps) {
  const showLabel = labelEvery(weeks.length, box.width - box.left - box.right, X_LABEL_WIDTH);
  return (
    <>
      <g className="chart-grid">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={box.left} x2={box.width - box.right} y1={y(tick)} y2={y(tick)} />
            <text x={box.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
              {formatTick(tick)}
            </text>
          </g>
        ))}
      </g>
      <g className="chart-x">
        {weeks.map((w, i) =>
          showLabel(i) ? (
            <text key={w} x={x(i)} y={box.height - 8} textAnchor="middle">
              {formatWeekShort(w, locale)}
            </text>
          ) : null,
        )}
      </g>
    </>
  );
}
