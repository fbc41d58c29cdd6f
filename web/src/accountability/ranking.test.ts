import { describe, expect, it } from 'vitest';
import type { TrendSeries } from '@wangge/geodata';
import { rankUnits } from './ranking.ts';

const unit = (key: string, onTime: number, due: number): TrendSeries => Object.freeze({ key, name: key, rates: [], onTime, due });

describe('rankUnits', () => {
  const series = [unit('a', 12, 12), unit('b', 6, 12), unit('c', 0, 0), unit('d', 11, 12), unit('e', 3, 12), unit('f', 6, 6), unit('g', 9, 12), unit('h', 1, 12), unit('i', 10, 12), unit('j', 7, 12), unit('k', 2, 12), unit('l', 8, 12)];

  it('lists the five best and the five worst by on-time share, worst first', () => {
    const { best, worst } = rankUnits(series, 5, 'en');
    expect(best.map((u) => u.key)).toEqual(['a', 'f', 'd', 'i', 'g']);
    expect(worst.map((u) => u.key)).toEqual(['h', 'k', 'e', 'b', 'j']);
    expect(best[0]).toEqual({ key: 'a', name: 'a', rate: 1, onTime: 12, due: 12 });
  });

  it('breaks ties by the longer record, and leaves out units with nothing due', () => {
    const { best } = rankUnits(series, 5, 'en');
    expect(best.indexOf(best.find((u) => u.key === 'a')!)).toBeLessThan(best.indexOf(best.find((u) => u.key === 'f')!));
    expect([...rankUnits(series, 5, 'en').best, ...rankUnits(series, 5, 'en').worst].some((u) => u.key === 'c')).toBe(false);
  });

  it('never lists a unit in both lists when there are few', () => {
    const few = rankUnits([unit('x', 1, 2), unit('y', 2, 2), unit('z', 0, 2)], 5, 'en');
    expect(few.best.map((u) => u.key)).toEqual(['y', 'x']);
    expect(few.worst.map((u) => u.key)).toEqual(['z']);
  });
});
