import { encodeProblemListQuery, NO_PROBLEM_FILTER, PROBLEM_LIST_DEFAULTS, queryString, type ProblemFilter, type ProblemListQuery } from '@wangge/geodata';

/** What the map pins, the list and the exports show: the same filter for all three (the contract's, as the print page and the export API read it). */
export type { ProblemFilter };
export const NO_FILTER: ProblemFilter = NO_PROBLEM_FILTER;

/** [west, south, east, north] in degrees. */
export type Bbox = readonly [number, number, number, number];

export interface QueryExtras {
  bbox?: Bbox;
  limit?: number;
  offset?: number;
  format?: 'csv' | 'xlsx';
  /** 'pin': only what a map pin needs */
  fields?: 'pin';
}

/**
 * The query string (without "?") GET /api/problems reads, the contract's encoding: keys in a fixed
 * order so equal filters give equal strings (they double as request keys).
 */
export function problemQuery(filter: ProblemFilter, extras: QueryExtras = {}): string {
  const query: ProblemListQuery = {
    filter,
    bbox: extras.bbox ? [...extras.bbox] : PROBLEM_LIST_DEFAULTS.bbox,
    limit: extras.limit ?? PROBLEM_LIST_DEFAULTS.limit,
    offset: extras.offset ?? PROBLEM_LIST_DEFAULTS.offset,
    format: extras.format ?? PROBLEM_LIST_DEFAULTS.format,
    fields: extras.fields ?? PROBLEM_LIST_DEFAULTS.fields,
  };
  return queryString(encodeProblemListQuery(query));
}

/** How many filter fields are set (the badge on the list button). */
export function activeFilterCount(filter: ProblemFilter): number {
  return (
    (filter.statuses.length ? 1 : 0) +
    (filter.categories.length ? 1 : 0) +
    (filter.from || filter.to ? 1 : 0) +
    (filter.grid ? 1 : 0) +
    (filter.unit ? 1 : 0) +
    (filter.owner ? 1 : 0) +
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
