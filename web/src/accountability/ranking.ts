import type { TrendSeries } from '@wangge/geodata';

export interface RankedUnit {
  key: string;
  name: string;
  rate: number;
  onTime: number;
  due: number;
}

/**
 * Units by their on-time share over the whole period (reports on time ÷ reports due). A unit with
 * nothing due is not ranked. Ties go to the unit with more reports due (a longer record), then by name.
 * With fewer than 2 × count units, best and worst split them rather than listing a unit twice.
 */
export function rankUnits(series: readonly TrendSeries[], count: number, locale: string): { best: RankedUnit[]; worst: RankedUnit[] } {
  const ranked = series
    .filter((s) => s.due > 0)
    .map((s) => ({ key: s.key, name: s.name, rate: s.onTime / s.due, onTime: s.onTime, due: s.due }))
    .sort((a, b) => b.rate - a.rate || b.due - a.due || a.name.localeCompare(b.name, locale));
  const best = ranked.slice(0, Math.min(count, Math.ceil(ranked.length / 2)));
  const worst = ranked.slice(best.length).slice(-count).reverse();
  return { best, worst };
}
