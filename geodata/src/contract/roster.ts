import type { PersonInfo } from './api-types.ts';
import { decodeDate } from './decoded.ts';

/** One person as a roster names them. */
export interface RosterPersonInput {
  name: string;
  phone: string;
}

/**
 * PUT /api/grids/:id/people: who holds a grid's posts from `from` (YYYY-MM-DD, Asia/Shanghai) on,
 * up to `to` (exclusive) when given, else until the next change. The period in force on `from`
 * ends there; an overlapping period is refused.
 */
export interface RosterRequest {
  from: string;
  to?: string | null;
  manager: RosterPersonInput | null;
  supervisors: RosterPersonInput[];
}

/** A person in a post with the dates they held it (from inclusive, to exclusive; null: open). */
export interface RosterHolder extends PersonInfo {
  from: string | null;
  to: string | null;
}

/** A grid's posts on a day, and what 纵向到底 finds missing (no manager, fewer than two supervisors). */
export interface GridRoster {
  gridId: string;
  code: string;
  name: string;
  communityName: string;
  manager: RosterHolder | null;
  supervisors: RosterHolder[];
  flags: RosterFlag[];
}

export const ROSTER_FLAGS = { no_manager: 'no_manager', too_few_supervisors: 'too_few_supervisors' } as const;
export type RosterFlag = (typeof ROSTER_FLAGS)[keyof typeof ROSTER_FLAGS];

/** GET /api/rosters?at=YYYY-MM-DD: every grid in force, by code, with its posts on `at` (default today). */
export interface RostersResponse {
  at: string;
  grids: GridRoster[];
}

/** The flags for a grid's posts: a manager and at least two supervisors are required. */
export function rosterFlags(manager: unknown, supervisors: readonly unknown[]): RosterFlag[] {
  const flags: RosterFlag[] = [];
  if (!manager) flags.push(ROSTER_FLAGS.no_manager);
  if (supervisors.length < 2) flags.push(ROSTER_FLAGS.too_few_supervisors);
  return flags;
}

export type RosterPeriodCheck = { ok: true; value: { from: string; to: string | null } } | { ok: false; code: 'bad_field' | 'bad_period'; field: 'from' | 'to'; message: string };

/** A roster's period: real dates, and an end after the start. Codes: bad_field (not a date), bad_period (ends before it starts). */
export function decodeRosterPeriod(from: unknown, to: unknown): RosterPeriodCheck {
  const bad = (field: 'from' | 'to', message: string): RosterPeriodCheck => ({ ok: false, code: 'bad_field', field, message });
  if (typeof from !== 'string' || from === '') return bad('from', 'from (the first day, YYYY-MM-DD) is required');
  const f = decodeDate('from', from);
  if (!f.ok) return bad('from', f.message);
  if (to !== undefined && to !== null && typeof to !== 'string') return bad('to', 'to must be a date (YYYY-MM-DD) or null');
  const t = decodeDate('to', to === null || to === '' ? undefined : to);
  if (!t.ok) return bad('to', t.message);
  if (t.value !== null && t.value <= from) {
    return { ok: false, code: 'bad_period', field: 'to', message: `the period ends (to ${t.value}) before it starts (from ${from}): to is the first day after it` };
  }
  return { ok: true, value: { from, to: t.value } };
}
