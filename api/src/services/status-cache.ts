import { currentWeek, weekDueAt, weekOpensAt, type StatusResponse } from '@wangge/geodata';
import { dataVersion, mayKeep } from '../db/data-versions.ts';
import type { Q } from '../db/store.ts';
import { settingsCounty } from './county-settings.ts';

/** Results kept per process; beyond this many the oldest kept is dropped. */
const KEEP = 2_000;

interface Kept {
  version: string;
  value: unknown;
}

const kept = new WeakMap<Q['db'], Map<string, Kept>>();

/**
 * Where `now` stands in the week, as a report's status sees it (not open yet, open until the
 * deadline, past it), and which week is running: a status worked out at one `now` holds for every
 * other with the same answers, as long as the data it was worked out from is unchanged.
 */
export const clockKey = (week: string, now: number) => `${now < weekOpensAt(week) ? 0 : now <= weekDueAt(week) ? 1 : 2}|${currentWeek(now)}`;

/**
 * Something about a county's week (`what`: which thing; `clock`: what of `now` it depends on),
 * worked out by `compute` once per data version (db/data-versions.ts) and clock, then answered from
 * this process's memory until a write to its rows, from any process, raises the version. The
 * version is read before the work, so nothing is kept under a version older than the rows it was
 * worked out from. What is answered is shared: callers copy before they change it.
 */
export async function keptForWeek<T>(q: Q, what: string, week: string, clock: string, compute: () => Promise<T>): Promise<T> {
  const countyId = await settingsCounty(q);
  return keptUnder(q, `${what}|${countyId ?? ''}|${week}|${clock}`, await dataVersion(q, countyId), compute);
}

/**
 * The one keeping mechanism: what `compute` answered for `key` under `version` (read before the
 * work), answered again while the version is the same; the oldest kept is dropped beyond KEEP.
 */
export async function keptUnder<T>(q: Q, key: string, version: string, compute: () => Promise<T>): Promise<T> {
  const byKey = kept.get(q.db) ?? new Map<string, Kept>();
  kept.set(q.db, byKey);
  const hit = byKey.get(key);
  if (hit?.version === version) return hit.value as T;
  const value = await compute();
  if (!mayKeep(q)) return value;
  byKey.delete(key);
  byKey.set(key, { version, value });
  if (byKey.size > KEEP) byKey.delete(byKey.keys().next().value!);
  return value;
}

/** A county's week's status, kept (keptForWeek); each answer tells its own `now`. */
export async function keptStatus(q: Q, week: string, now: number, compute: () => Promise<StatusResponse>): Promise<StatusResponse> {
  const status = await keptForWeek(q, 'status', week, clockKey(week, now), compute);
  return { ...status, now: new Date(now).toISOString() };
}
