import { PROBLEM_STATS_BY, type ProblemStatsBy } from './problem-types.ts';
import type { BBox } from '../geometry/bbox.ts';
import { decodeBbox, decodeWeek, decodeWhole, encodeBbox, fail, ok, reader, type Decoded, type QueryInput } from './decoded.ts';
import { decodeProblemFilter, encodeProblemFilter, PROBLEM_FILTER_KEYS, type ProblemFilter } from './problem-filter.ts';
import { decodeTableFormat, encodeTableFormat, type TableFormat } from './table-format.ts';

/** Rows per request: a download (csv, xlsx) may have up to `max`; JSON is paged (offset) `jsonMax` at a time. */
export const PROBLEM_LIST_LIMIT = { default: 10_000, max: 50_000, jsonMax: 5_000 } as const;

/** GET /api/problems: the filter, the map's view, a page, and JSON (all fields or a pin's) or a download. */
export interface ProblemListQuery {
  filter: ProblemFilter;
  /** only problems inside [west, south, east, north] */
  bbox: BBox | null;
  limit: number;
  offset: number;
  format: TableFormat;
  /** 'pin': only what a map pin needs (JSON only) */
  fields: 'pin' | null;
}

export const PROBLEM_LIST_DEFAULTS: Omit<ProblemListQuery, 'filter'> = Object.freeze({ bbox: null, limit: PROBLEM_LIST_LIMIT.default, offset: 0, format: 'json', fields: null });

/**
 * Keys in a fixed order and defaults left out, so equal queries give equal strings (the web uses
 * them as request keys).
 */
export function encodeProblemListQuery(query: ProblemListQuery): URLSearchParams {
  const q = encodeProblemFilter(query.filter, PROBLEM_FILTER_KEYS);
  if (query.bbox) q.set('bbox', encodeBbox(query.bbox));
  if (query.limit !== PROBLEM_LIST_LIMIT.default) q.set('limit', String(query.limit));
  if (query.offset) q.set('offset', String(query.offset));
  encodeTableFormat(query.format, q);
  if (query.fields) q.set('fields', query.fields);
  return q;
}

export function decodeProblemListQuery(input: QueryInput): Decoded<ProblemListQuery> {
  const get = reader(input);
  const filter = decodeProblemFilter(input, PROBLEM_FILTER_KEYS);
  if (!filter.ok) return filter;
  const bbox = decodeBbox(get('bbox'));
  if (!bbox.ok) return bbox;
  const limit = decodeWhole('limit', get('limit'), 0, PROBLEM_LIST_LIMIT.max, PROBLEM_LIST_LIMIT.default);
  if (!limit.ok) return limit;
  const offset = decodeWhole('offset', get('offset'), 0, Number.MAX_SAFE_INTEGER, 0);
  if (!offset.ok) return offset;
  const format = decodeTableFormat(get('format'));
  if (!format.ok) return format;
  const fields = get('fields');
  if (fields !== undefined && fields !== 'pin') return fail(`fields "${fields}" must be "pin" (or left out for every field)`);
  if (fields === 'pin' && format.value !== 'json') return fail('fields=pin is for the map; exports carry every field: leave one of them out');
  return ok({ filter: filter.value, bbox: bbox.value, limit: limit.value, offset: offset.value, format: format.value, fields: fields ?? null });
}

/** How far back the counts reach, in weeks. */
export const WEEKS_BACK = { default: 12, min: 1, max: 52 } as const;

/** GET /api/problems/stats: the list's filter counted per week and group. */
export interface ProblemStatsQuery {
  filter: ProblemFilter;
  bbox: BBox | null;
  /** the last week counted; null: the current one */
  week: string | null;
  weeks: number;
  by: ProblemStatsBy;
  format: TableFormat;
}

/** The weeks and grouping are always written: a downloaded file's link then says what it counts. */
export function encodeProblemStatsQuery(query: ProblemStatsQuery): URLSearchParams {
  const q = encodeProblemFilter(query.filter, PROBLEM_FILTER_KEYS);
  if (query.bbox) q.set('bbox', encodeBbox(query.bbox));
  encodeTableFormat(query.format, q);
  if (query.week) q.set('week', query.week);
  q.set('weeks', String(query.weeks));
  q.set('by', query.by);
  return q;
}

export function decodeProblemStatsQuery(input: QueryInput): Decoded<ProblemStatsQuery> {
  const get = reader(input);
  const week = decodeWeek(get('week'), false);
  if (!week.ok) return week;
  const weeks = decodeWhole('weeks', get('weeks'), WEEKS_BACK.min, WEEKS_BACK.max, WEEKS_BACK.default);
  if (!weeks.ok) return weeks;
  const by = get('by') ?? 'grid';
  if (!(PROBLEM_STATS_BY as readonly string[]).includes(by)) return fail(`by "${by}" must be one of ${PROBLEM_STATS_BY.join(', ')}`);
  const filter = decodeProblemFilter(input, PROBLEM_FILTER_KEYS);
  if (!filter.ok) return filter;
  const bbox = decodeBbox(get('bbox'));
  if (!bbox.ok) return bbox;
  const format = decodeTableFormat(get('format'));
  if (!format.ok) return format;
  return ok({ filter: filter.value, bbox: bbox.value, week: week.value, weeks: weeks.value, by: by as ProblemStatsBy, format: format.value });
}
