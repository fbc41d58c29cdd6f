import { and, asc, desc, eq } from 'drizzle-orm';
import { ASSESSMENT_KIND_LIST, type AssessmentKind, type Checklist, type ChecklistItem, type ChecklistItemInput, type ChecklistsResponse } from '@wangge/geodata';
import { first } from '../db/query.ts';
import type { Q, Store } from '../db/store.ts';
import { badRequest, conflict } from '../http/errors.ts';
import { uniqueViolation } from '../db/unique-violation.ts';
import { audit } from '../services/audit.ts';
import { countyOf } from './county.ts';

/** Each kind's latest checklist in the request's county, in the kinds' order. */
export async function latestChecklists(q: Q): Promise<ChecklistsResponse> {
  const { db, t } = q;
  const rows = await db
    .select()
    .from(t.assessmentChecklists)
    .where(eq(t.assessmentChecklists.countyId, countyOf(q)))
    .orderBy(asc(t.assessmentChecklists.kind), desc(t.assessmentChecklists.version));
  const latest = new Map<AssessmentKind, Checklist>();
  for (const r of rows) if (!latest.has(r.kind)) latest.set(r.kind, { kind: r.kind, version: r.version, items: r.items });
  return ASSESSMENT_KIND_LIST.flatMap((k) => (latest.has(k) ? [latest.get(k)!] : []));
}

/** The checklists a round is scored by: each of its kinds at the version fixed when it was made. */
export async function roundChecklists(q: Q, versions: Partial<Record<AssessmentKind, number>>): Promise<ChecklistsResponse> {
  const lists = await Promise.all(ASSESSMENT_KIND_LIST.filter((k) => versions[k] !== undefined).map((k) => checklistVersion(q, k, versions[k]!)));
  return lists.filter((l): l is Checklist => l !== undefined);
}

/** One version of a kind's checklist; undefined when there is none. */
export async function checklistVersion(q: Q, kind: AssessmentKind, version: number): Promise<Checklist | undefined> {
  const { db, t } = q;
  const c = t.assessmentChecklists;
  const row = await first(db.select().from(c).where(and(eq(c.countyId, countyOf(q)), eq(c.kind, kind), eq(c.version, version))));
  return row && { kind: row.kind, version: row.version, items: row.items };
}

/**
 * Stores an admin's edit of a kind's checklist as its next version (rounds made before keep
 * theirs). An item sent with an id keeps it; it must be one of the kind's items in some version,
 * so an id cannot be made up to alias another item. New items get the next free id.
 */
export async function setChecklist(store: Store, kind: AssessmentKind, input: readonly ChecklistItemInput[], userId: string | null, now: number): Promise<Checklist> {
  const { t } = store;
  return store.tx(async (tx) => {
    const countyId = countyOf(tx);
    const c = t.assessmentChecklists;
    const versions = await tx.db.select().from(c).where(and(eq(c.countyId, countyId), eq(c.kind, kind))).orderBy(desc(c.version));
    const known = new Set(versions.flatMap((v) => v.items.map((i) => i.id)));
    const unknown = input.filter((i) => i.id !== undefined && !known.has(i.id)).map((i) => i.id!);
    if (unknown.length) throw badRequest(`the ${kind} checklist has no items ${unknown.join(', ')}: leave out the id of a new item`, 'unknown_item', { items: unknown });
    let next = 1 + Math.max(0, ...[...known].map((id) => Number(/^\D*(\d+)$/.exec(id)?.[1] ?? 0)));
    const items: ChecklistItem[] = input.map((i) => ({ id: i.id ?? `${kind}-${next++}`, text: i.text, weight: i.weight, needsPhoto: i.needsPhoto ?? false, category: i.category ?? '其他' }));
    const version = (versions[0]?.version ?? 0) + 1;
    try {
      await tx.db.insert(c).values({ countyId, kind, version, items, createdAt: now, createdBy: userId });
    } catch (err) {
      // another admin's edit took this version number first
      if (uniqueViolation(err)) throw conflict(`the ${kind} checklist was edited by someone else meanwhile (now version ${version}); reload it`, 'conflict', { kind, version });
      throw err;
    }
    await audit(tx, { at: now, userId, entity: 'assessment_checklist', entityId: `${countyId}:${kind}`, action: 'edit', before: versions[0]?.items ?? null, after: { version, items } });
    return { kind, version, items };
  });
}
