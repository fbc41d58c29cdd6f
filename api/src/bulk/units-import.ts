import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { UNIT_FIELDS, checkUnitInput, type ImportPreview, type PreviewRow, type RowProblem, type UnitInput } from '@wangge/geodata';
import { ofCounty } from '../db/county-scope.ts';
import type { Q } from '../db/store.ts';
import type { Tables } from '../db/tables.ts';
import { audit } from '../services/audit.ts';
import { countFates, previewDigest, type KeyedRow } from './columns.ts';

type UnitRow = Tables['units']['$inferSelect'];

export type UnitWrite = { kind: 'add'; after: UnitInput } | { kind: 'update'; id: string; before: UnitInput; after: UnitInput };

const fields = (u: UnitRow): UnitInput => ({ name: u.name, contactName: u.contactName, contactPhone: u.contactPhone });
const same = (a: UnitInput, b: UnitInput) => UNIT_FIELDS.every((f) => a[f] === b[f]);

/** Each field checked on its own, so a row shows all its problems at once. */
function fieldProblems(values: Record<string, string>): { input: UnitInput; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const input = { name: '', contactName: '', contactPhone: '' };
  for (const f of UNIT_FIELDS) {
    const checked = checkUnitInput({ [f]: values[f] }, true);
    if (checked.ok) input[f] = checked.value[f] ?? '';
    else problems.push({ code: checked.code, field: f, message: checked.message, details: { value: values[f] } });
  }
  return { input, problems };
}

/**
 * What importing these rows would do to the county's units. A row with 编号 (id) updates that
 * unit (a rename too); one without updates the unit in service of that name, or adds a unit.
 */
export async function previewUnits(q: Q, keyed: KeyedRow[]): Promise<{ preview: ImportPreview; writes: UnitWrite[] }> {
  const existing = await q.db.select().from(q.t.units).where(ofCounty(q, q.t.units.countyId));
  const byId = new Map(existing.map((u) => [u.id, u]));
  const rows: PreviewRow[] = [];
  const writes: UnitWrite[] = [];
  const seenTarget = new Map<string, number>();
  const seenName = new Map<string, number>();
  for (const { line, values } of keyed) {
    const { input, problems } = fieldProblems(values);
    let target: UnitRow | null = null;
    if (values.id) {
      target = byId.get(values.id) ?? null;
      if (!target) problems.push({ code: 'unknown_unit', field: 'id', message: `there is no unit ${values.id} in this county`, details: { value: values.id } });
      else if (target.retiredAt !== null) problems.push({ code: 'unit_retired', field: 'id', message: `unit ${target.name} was merged into another`, details: { value: target.name } });
    } else if (input.name) {
      target = existing.find((u) => u.name === input.name) ?? null;
      if (target && target.retiredAt !== null) {
        problems.push({ code: 'unit_name_taken', field: 'name', message: `a merged unit keeps the name ${input.name}`, details: { value: input.name } });
      }
    }
    if (target && input.name && input.name !== target.name && existing.some((u) => u.id !== target.id && u.name === input.name)) {
      problems.push({ code: 'unit_name_taken', field: 'name', message: `another unit is named ${input.name}`, details: { value: input.name } });
    }
    const targetKey = target?.id ?? `new:${input.name}`;
    const firstTarget = seenTarget.get(targetKey);
    const firstName = input.name ? seenName.get(input.name) : undefined;
    const first = firstTarget ?? firstName;
    if (first !== undefined) {
      problems.push({ code: 'duplicate_unit', field: firstTarget !== undefined && values.id ? 'id' : 'name', message: `line ${first} names the same unit`, details: { value: values.id || input.name, line: first } });
    }
    if (!seenTarget.has(targetKey)) seenTarget.set(targetKey, line);
    if (input.name && !seenName.has(input.name)) seenName.set(input.name, line);

    if (problems.length) rows.push({ line, fate: 'error', values, problems, was: null });
    else if (!target) {
      rows.push({ line, fate: 'new', values, problems, was: null });
      writes.push({ kind: 'add', after: input });
    } else if (same(fields(target), input)) rows.push({ line, fate: 'unchanged', values, problems, was: null });
    else {
      rows.push({ line, fate: 'changed', values, problems, was: { id: target.id, ...fields(target) } });
      writes.push({ kind: 'update', id: target.id, before: fields(target), after: input });
    }
  }
  return { preview: { kind: 'units', rows, counts: countFates(rows), removals: [], digest: previewDigest('units', rows, []) }, writes };
}

/** The writes of a clean preview, inside the caller's transaction, each audited as an import. */
export async function writeUnits(tx: Q, writes: UnitWrite[], by: string, now: number): Promise<void> {
  const { db, t } = tx;
  for (const w of writes) {
    if (w.kind === 'add') {
      const id = `unit-${randomBytes(5).toString('hex')}`;
      await db.insert(t.units).values({ id, countyId: tx.countyId ?? null, ...w.after });
      await audit(tx, { at: now, userId: by, entity: 'unit', entityId: id, action: 'import', after: w.after });
    } else {
      await db.update(t.units).set(w.after).where(eq(t.units.id, w.id));
      await audit(tx, { at: now, userId: by, entity: 'unit', entityId: w.id, action: 'import', before: w.before, after: w.after });
    }
  }
}
