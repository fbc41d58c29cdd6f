import { NO_PROBLEM_FILTER, type ProblemFilter } from '@wangge/geodata';

/** What the map pins, the list and the exports show: the same filter for all three (geodata's, as the print page and the export API read it). */
export type { ProblemFilter };
export const NO_FILTER: ProblemFilter = NO_PROBLEM_FILTER;

/** [west, south, east, north] in degrees. */
export type Bbox = readonly [number, number, number, number];

export interface QueryExtras {
  bbox?: Bbox;
  limit?: number;
  offset?: number;
  format?: 'csv' | 'xlsx';
}

/** Five decimals is about a metre: finer would only make request keys differ for nothing. */
const BBOX_DECIMALS = 5;

/**
 * The query string (without "?") GET /api/problems reads, keys in a fixed order so equal filters
 * give equal strings (they double as request keys). Commas stay unescaped, as the API splits on them.
 */
export function problemQuery(filter: ProblemFilter, extras: QueryExtras = {}): string {
  const q = new URLSearchParams();
  if (filter.statuses.length) q.set('status', filter.statuses.join(','));
  if (filter.categories.length) q.set('category', filter.categories.join(','));
  if (filter.from) q.set('from', filter.from);
  if (filter.to) q.set('to', filter.to);
  if (filter.grid) q.set('grid', filter.grid);
  if (filter.unit) q.set('unit', filter.unit);
  if (filter.overdue) q.set('overdue', '1');
  if (extras.bbox) q.set('bbox', extras.bbox.map((n) => Number(n.toFixed(BBOX_DECIMALS))).join(','));
  if (extras.limit !== undefined) q.set('limit', String(extras.limit));
  if (extras.offset) q.set('offset', String(extras.offset));
  if (extras.format) q.set('format', extras.format);
  return q.toString().replace(/%2C/g, ',');
}

/** How many filter fields are set (the badge on the list button). */
export function activeFilterCount(filter: ProblemFilter): number {
  return (
    (filter.statuses.length ? 1 : 0) +
    (filter.categories.length ? 1 : 0) +
    (filter.from || filter.to ? 1 : 0) +
    (filter.grid ? 1 : 0) +
    (filter.unit ? 1 : 0) +
    (filter.overdue ? 1 : 0)
  );
}

/** Adds or removes one value of a multi-valued field, keeping the order the options have. */
export function toggleValue<T>(values: readonly T[], value: T, order: readonly T[]): T[] {
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return order.filter((v) => next.includes(v));
}

/**
 * A week as the date filter takes it: its Friday through the Thursday after (whole Shanghai days,
 * as from/to are), so "the week of 11月20日" is a plain date range the map, list and exports share.
 */
export function weekDates(week: string): { from: string; to: string } {
  const [y, m, d] = week.split('-').map(Number);
  return { from: week, to: new Date(Date.UTC(y, m - 1, d + 6)).toISOString().slice(0, 10) };
}
