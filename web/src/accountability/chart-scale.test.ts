import { describe, expect, it } from 'vitest';
import { labelEvery, linePath, xScale, yScale, type ChartBox } from './chart-scale.ts';

const box: ChartBox = Object.freeze({ width: 440, height: 220, left: 40, right: 0, top: 20, bottom: 0 });

describe('chart scales', () => {
  it('spreads points evenly across the plot, first at the left margin and last at the right edge', () => {
    const x = xScale(12, box);
    expect(x(0)).toBe(40);
    expect(x(11)).toBe(440);
    expect(x(1)).toBeCloseTo(40 + 400 / 11, 9);
    expect(xScale(1, box)(0)).toBe(240);
  });

  it('maps 100 % to the top margin and 0 % to the bottom, clamping stray values', () => {
    const y = yScale(box);
    expect(y(1)).toBe(20);
    expect(y(0)).toBe(220);
    expect(y(0.5)).toBe(120);
    expect(y(1.2)).toBe(20);
    expect(y(-0.1)).toBe(220);
  });

  it('draws a line through the rates and breaks it where nothing was due', () => {
    const x = (i: number) => i * 10;
    const y = (r: number) => 100 - r * 100;
    expect(linePath([0.5, 1, 0.25], x, y)).toBe('M0 50 L10 0 L20 75');
    expect(linePath([0.5, null, 1, 1], x, y)).toBe('M0 50 M20 0 L30 0');
    expect(linePath([null, null], x, y)).toBe('');
    expect(linePath([1 / 3], x, y)).toBe('M0 66.67');
  });

  it('thins x labels to what fits, keeping the newest week', () => {
    const all = labelEvery(12, 600, 40);
    expect([...Array(12).keys()].filter(all)).toHaveLength(12);
    const half = labelEvery(12, 240, 40);
    expect([...Array(12).keys()].filter(half)).toEqual([1, 3, 5, 7, 9, 11]);
  });
});
