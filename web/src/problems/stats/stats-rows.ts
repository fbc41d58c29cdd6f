import type { ProblemStatsCounts, ProblemStatsSeries } from '@wangge/geodata';

/** One line of the table: what happened over all the weeks, and where things stood at the end. */
export interface StatsRow {
  key: string;
  name: string;
  code?: string;
  filed: number;
  fixed: number;
  verified: number;
  /** open at the end of the last week (now, for the week still running) */
  open: number;
  overdue: number;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export function statsRow(key: string, name: string, c: ProblemStatsCounts, code?: string): StatsRow {
  return { key, name, code, filed: sum(c.filed), fixed: sum(c.fixed), verified: sum(c.verified), open: c.open.at(-1) ?? 0, overdue: c.overdue.at(-1) ?? 0 };
}

/** The table's rows in the API's order (most open first), named by `nameOf` (categories and "outside grids" are translated). */
export function statsRows(series: readonly ProblemStatsSeries[], nameOf: (s: ProblemStatsSeries) => string): StatsRow[] {
  return series.map((s) => statsRow(s.key, nameOf(s), s, s.code));
}
