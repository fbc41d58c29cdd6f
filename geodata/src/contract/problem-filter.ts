import { PROBLEM_CATEGORIES, PROBLEM_STATUS, type ProblemCategory, type ProblemStatus } from '../domain/problems.ts';
import { decodeDate, decodeFlag, decodeId, decodeList, fail, ok, reader, type Decoded, type QueryInput } from './decoded.ts';

/** The app's problem filter: which pins and problem rows the map, the list, the counts and a sheet hold. */
export interface ProblemFilter {
  statuses: readonly ProblemStatus[];
  categories: readonly ProblemCategory[];
  /** YYYY-MM-DD, filed on or after (Shanghai days) */
  from: string | null;
  /** YYYY-MM-DD, filed on or before */
  to: string | null;
  grid: string | null;
  /** any unit that answers for it: owner, co-operating or routed */
  unit: string | null;
  /** the owner unit (牵头单位) named at 交办 */
  owner: string | null;
  overdue: boolean;
}

export const NO_PROBLEM_FILTER: ProblemFilter = Object.freeze({ statuses: [], categories: [], from: null, to: null, grid: null, unit: null, owner: null, overdue: false });

export type ProblemFilterKeys = Readonly<Record<keyof ProblemFilter, string>>;

/** The filter's names in GET /api/problems and /api/problems/stats. */
export const PROBLEM_FILTER_KEYS: ProblemFilterKeys = { statuses: 'status', categories: 'category', from: 'from', to: 'to', grid: 'grid', unit: 'unit', owner: 'owner', overdue: 'overdue' };

/**
 * The filter's names on the print page and /api/export, prefixed because `grid` there is the
 * selection; the CLI spells them --problem-status and so on.
 */
export const PRINT_PROBLEM_FILTER_KEYS: ProblemFilterKeys = {
  statuses: 'problemStatus',
  categories: 'problemCategory',
  from: 'problemFrom',
  to: 'problemTo',
  grid: 'problemGrid',
  unit: 'problemUnit',
  owner: 'problemOwner',
  overdue: 'problemOverdue',
};

/** Adds the set fields of the filter to `q` under `keys`' names, in this fixed order; an empty filter adds none. */
export function encodeProblemFilter(f: ProblemFilter, keys: ProblemFilterKeys, q = new URLSearchParams()): URLSearchParams {
  if (f.statuses.length) q.set(keys.statuses, f.statuses.join(','));
  if (f.categories.length) q.set(keys.categories, f.categories.join(','));
  if (f.from) q.set(keys.from, f.from);
  if (f.to) q.set(keys.to, f.to);
  if (f.grid) q.set(keys.grid, f.grid);
  if (f.unit) q.set(keys.unit, f.unit);
  if (f.owner) q.set(keys.owner, f.owner);
  if (f.overdue) q.set(keys.overdue, '1');
  return q;
}

/** Reads the filter under `keys`' names and names the first bad value; statuses and categories come back in their canonical order. */
export function decodeProblemFilter(input: QueryInput, keys: ProblemFilterKeys): Decoded<ProblemFilter> {
  const get = reader(input);
  const statuses = decodeList(keys.statuses, get(keys.statuses), Object.values(PROBLEM_STATUS));
  if (!statuses.ok) return statuses;
  const categories = decodeList(keys.categories, get(keys.categories), PROBLEM_CATEGORIES);
  if (!categories.ok) return categories;
  const from = decodeDate(keys.from, get(keys.from));
  if (!from.ok) return from;
  const to = decodeDate(keys.to, get(keys.to));
  if (!to.ok) return to;
  if (from.value && to.value && from.value > to.value) return fail(`${keys.from} ${from.value} is after ${keys.to} ${to.value}`);
  const grid = decodeId(keys.grid, get(keys.grid));
  if (!grid.ok) return grid;
  const unit = decodeId(keys.unit, get(keys.unit));
  if (!unit.ok) return unit;
  const owner = decodeId(keys.owner, get(keys.owner));
  if (!owner.ok) return owner;
  return ok({ statuses: statuses.value, categories: categories.value, from: from.value, to: to.value, grid: grid.value, unit: unit.value, owner: owner.value, overdue: decodeFlag(get(keys.overdue)) });
}
