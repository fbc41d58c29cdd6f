import type { BBox } from '../geometry/bbox.ts';
import { decodeBbox, decodeId, type Decoded } from './decoded.ts';
import { decodeProblemFilter, encodeProblemFilter, PRINT_PROBLEM_FILTER_KEYS, type ProblemFilter } from './problem-filter.ts';

/**
 * The names api/ and scripts/ called before the contract, each now the contract's codec under its
 * old name. They go once api/src/export/print-options.ts, api/src/routes/export.ts and the
 * export-map CLI decode with decodeExportRequest.
 */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

const checked = <T>(d: Decoded<T>): Checked<T> => (d.ok ? d : { ok: false, message: d.message });

export const PROBLEM_FILTER_PARAMS = PRINT_PROBLEM_FILTER_KEYS;

export function problemFilterPairs(f: ProblemFilter): [string, string][] {
  return [...encodeProblemFilter(f, PRINT_PROBLEM_FILTER_KEYS)];
}

export function checkId(name: string, value: string | null | undefined): Checked<string | null> {
  return checked(decodeId(name, value || undefined));
}

export function checkBbox(value: string | null | undefined): Checked<BBox | null> {
  return checked(decodeBbox(value || undefined));
}

export type RawProblemFilter = Partial<Record<Exclude<keyof ProblemFilter, 'overdue'>, string | null>> & { overdue?: boolean };

export function checkProblemFilter(raw: RawProblemFilter): Checked<ProblemFilter> {
  const k = PRINT_PROBLEM_FILTER_KEYS;
  const query: Record<string, string | undefined> = { [k.overdue]: raw.overdue ? '1' : undefined };
  for (const key of ['statuses', 'categories', 'from', 'to', 'grid', 'unit', 'owner'] as const) query[k[key]] = raw[key] ?? undefined;
  return checked(decodeProblemFilter(query, k));
}

export function problemFilterFromQuery(get: (name: string) => string | null | undefined): Checked<ProblemFilter> {
  const query: Record<string, string | undefined> = {};
  for (const name of Object.values(PRINT_PROBLEM_FILTER_KEYS)) query[name] = get(name) ?? undefined;
  return checked(decodeProblemFilter(query, PRINT_PROBLEM_FILTER_KEYS));
}
