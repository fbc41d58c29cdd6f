import { randomBytes } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import type { Q } from '../db/store.ts';
import type { Tables } from '../db/tables.ts';

type PersonRow = Tables['people']['$inferSelect'];
export type PostRole = 'manager' | 'supervisor';

/**
 * Whether [a, b) and [c, d) share a day; null starts are the beginning of time, null ends run on.
 * Dates are YYYY-MM-DD, so strings compare as days.
 */
export function overlaps(aFrom: string | null, aTo: string | null, bFrom: string | null, bTo: string | null): boolean {
  return (aTo === null || bFrom === null || bFrom < aTo) && (bTo === null || aFrom === null || aFrom < bTo);
}

/**
 * What a new period [from, to) of a grid's posts does to its stored rows: the period that began on
 * `from` itself is a correction and is replaced; the open one that began before `from` ends there;
 * any other sharing a day with the new one clashes (ended periods are history, not rewritten).
 */
export function periodChange(rows: readonly PersonRow[], from: string | null, to: string | null): { replaced: PersonRow[]; ended: PersonRow[]; clash: PersonRow | undefined } {
  const replaced = rows.filter((p) => p.validFrom === from);
  const ended = from === null ? [] : rows.filter((p) => p.validTo === null && (p.validFrom === null || p.validFrom < from));
  const clash = rows.find((p) => !replaced.includes(p) && !ended.includes(p) && overlaps(p.validFrom, p.validTo, from, to));
  return { replaced, ended, clash };
}

/** Writes a period worked out by periodChange: the replaced rows go, the ended ones end on `from`, the people come in. */
export async function writePeriod(
  tx: Q,
  gridId: string,
  ids: { deleteIds: readonly string[]; endIds: readonly string[] },
  from: string | null,
  to: string | null,
  people: readonly { role: PostRole; name: string; phone: string }[],
): Promise<void> {
  const { db, t } = tx;
  if (ids.deleteIds.length) await db.delete(t.people).where(inArray(t.people.id, [...ids.deleteIds]));
  if (ids.endIds.length && from !== null) await db.update(t.people).set({ validTo: from }).where(inArray(t.people.id, [...ids.endIds]));
  if (people.length) await db.insert(t.people).values(people.map((p) => ({ id: `${gridId}-${p.role}-${randomBytes(5).toString('hex')}`, ...p, gridId, validFrom: from, validTo: to })));
}
