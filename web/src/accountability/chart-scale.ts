/** The drawing area of a chart inside its SVG, in CSS pixels. */
export interface ChartBox {
  width: number;
  height: number;
  /** margins for the axis labels */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Gridlines of a rate axis: 0 %, 25 %, 50 %, 75 %, 100 %. */
export const RATE_TICKS = [0, 0.25, 0.5, 0.75, 1] as const;

/** The x position of the i-th of n evenly spaced points; a single point sits in the middle. */
export function xScale(n: number, box: ChartBox): (i: number) => number {
  const x0 = box.left;
  const span = box.width - box.left - box.right;
  if (n <= 1) return () => x0 + span / 2;
  return (i) => x0 + (span * i) / (n - 1);
}

/** The y position of a rate from 0 to 1: 1 at the top of the drawing area, 0 at its bottom. */
export function yScale(box: ChartBox): (rate: number) => number {
  const y0 = box.height - box.bottom;
  const span = box.height - box.top - box.bottom;
  return (rate) => y0 - span * Math.min(1, Math.max(0, rate));
}

const r2 = (n: number) => Math.round(n * 100) / 100;

/**
 * An SVG path through the rates; a week with nothing due (null) breaks the line rather than
 * pretending to be 0 %, and a lone point between gaps is left to its dot.
 */
export function linePath(rates: readonly (number | null)[], x: (i: number) => number, y: (rate: number) => number): string {
  const parts: string[] = [];
  let pen = false;
  rates.forEach((rate, i) => {
    if (rate === null) {
      pen = false;
      return;
    }
    parts.push(`${pen ? 'L' : 'M'}${r2(x(i))} ${r2(y(rate))}`);
    pen = true;
  });
  return parts.join(' ');
}

/** Which x labels to print so they do not collide: every k-th, always including the last (the current week). */
export function labelEvery(n: number, plotWidth: number, labelWidth: number): (i: number) => boolean {
  const fits = Math.max(1, Math.floor(plotWidth / labelWidth));
  const k = Math.max(1, Math.ceil(n / fits));
  return (i) => (n - 1 - i) % k === 0;
}
