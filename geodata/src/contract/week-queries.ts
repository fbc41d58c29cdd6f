import type { TrendsResponse } from './api-types.ts';
import { decodeId, decodeWeek, decodeWhole, fail, ok, reader, type Decoded, type QueryInput } from './decoded.ts';
import { decodeTableFormat, encodeTableFormat, type TableFormat } from './table-format.ts';
import { WEEKS_BACK } from './problem-queries.ts';

/** GET /api/status?week= (and the print page's status data). */
export interface StatusQuery {
  week: string;
}

export function encodeStatusQuery(query: StatusQuery): URLSearchParams {
  return new URLSearchParams({ week: query.week });
}

export function decodeStatusQuery(input: QueryInput): Decoded<StatusQuery> {
  const week = decodeWeek(reader(input)('week'), true);
  return week.ok ? ok({ week: week.value }) : week;
}

/** The places the accountability lists narrow to; null: all. */
export interface PlaceFilter {
  streetOffice: string | null;
  community: string | null;
  area: string | null;
  /** the unit holding the grid, checked per row */
  unit: string | null;
}

export const NO_PLACE_FILTER: PlaceFilter = Object.freeze({ streetOffice: null, community: null, area: null, unit: null });
const PLACE_KEYS = ['streetOffice', 'community', 'area', 'unit'] as const;

/** GET /api/overdue and GET /api/status-table: one week's rows in the chosen places, as JSON or a download. */
export interface OverdueQuery {
  week: string;
  place: PlaceFilter;
  format: TableFormat;
}

export function encodeOverdueQuery(query: OverdueQuery): URLSearchParams {
  const q = new URLSearchParams({ week: query.week });
  for (const key of PLACE_KEYS) if (query.place[key]) q.set(key, query.place[key]);
  encodeTableFormat(query.format, q);
  return q;
}

export function decodeOverdueQuery(input: QueryInput): Decoded<OverdueQuery> {
  const get = reader(input);
  const week = decodeWeek(get('week'), true);
  if (!week.ok) return week;
  const place = { ...NO_PLACE_FILTER };
  for (const key of PLACE_KEYS) {
    const id = decodeId(key, get(key));
    if (!id.ok) return id;
    place[key] = id.value;
  }
  const format = decodeTableFormat(get('format'));
  if (!format.ok) return format;
  return ok({ week: week.value, place, format: format.value });
}

export const TRENDS_BY = ['overall', 'streetOffice', 'area', 'unit'] as const satisfies readonly TrendsResponse['by'][];
export type TrendsBy = (typeof TRENDS_BY)[number];

/** GET /api/trends: on-time shares per week, overall or per place or unit. */
export interface TrendsQuery {
  /** the last week; null: the current one */
  week: string | null;
  weeks: number;
  by: TrendsBy;
}

/** The weeks and grouping are always written, as on the problem counts. */
export function encodeTrendsQuery(query: TrendsQuery): URLSearchParams {
  const q = new URLSearchParams();
  if (query.week) q.set('week', query.week);
  q.set('weeks', String(query.weeks));
  q.set('by', query.by);
  return q;
}

export function decodeTrendsQuery(input: QueryInput): Decoded<TrendsQuery> {
  const get = reader(input);
  const week = decodeWeek(get('week'), false);
  if (!week.ok) return week;
  const weeks = decodeWhole('weeks', get('weeks'), WEEKS_BACK.min, WEEKS_BACK.max, WEEKS_BACK.default);
  if (!weeks.ok) return weeks;
  const by = get('by') ?? 'overall';
  if (!(TRENDS_BY as readonly string[]).includes(by)) return fail(`by "${by}" must be overall, streetOffice, area or unit`);
  return ok({ week: week.value, weeks: weeks.value, by: by as TrendsBy });
}
