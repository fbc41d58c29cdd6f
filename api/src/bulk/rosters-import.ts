import { and, asc, inArray } from 'drizzle-orm';
import { ROSTER_ROLE_WORDS, decodeDate, isChinesePhone, type ImportPreview, type PreviewRow, type RosterRemoval, type RowProblem } from '@wangge/geodata';
import { ofCounty } from '../db/county-scope.ts';
import type { Q } from '../db/store.ts';
import type { Tables } from '../db/tables.ts';
import { audit } from '../services/audit.ts';
import { overlaps, periodChange, writePeriod, type PostRole } from '../services/roster-periods.ts';
import { countFates, previewDigest, type KeyedRow } from './columns.ts';

type PersonRow = Tables['people']['$inferSelect'];
type Role = PostRole;
type Grid = { id: string; code: string };

const MAX_NAME = 50;
const digits = (phone: string) => phone.replace(/\D/g, '');

/** One row read: the grid, post, person and period, or the problems that stop it. */
interface RosterLine {
  line: number;
  values: Record<string, string>;
  problems: RowProblem[];
  grid: Grid | null;
  role: Role | null;
  from: string | null;
  to: string | null;
}

/** One period of one grid's posts as the file states it; applying it is PUT /api/grids/:id/people's. */
export interface RosterWrite {
  grid: Grid;
  from: string | null;
  to: string | null;
  people: { role: Role; name: string; phone: string }[];
  deleteIds: string[];
  endIds: string[];
  before: { manager: PersonRow | null; supervisors: PersonRow[] };
}

function roleOf(cell: string): Role | null {
  const s = cell.trim().toLowerCase();
  for (const role of ['manager', 'supervisor'] as const) if (s === role || s === ROSTER_ROLE_WORDS[role]) return role;
  return null;
}

function readLine(line: number, values: Record<string, string>, grids: Map<string, Grid>): RosterLine {
  const problems: RowProblem[] = [];
  const bad = (code: string, field: string, message: string) => problems.push({ code, field, message, details: { value: values[field] } });
  let grid: Grid | null = null;
  if (!values.gridCode) bad('bad_field', 'gridCode', 'the grid code is required');
  else if (!(grid = grids.get(values.gridCode) ?? null)) bad('unknown_grid', 'gridCode', `no grid in force in this county has the code ${values.gridCode}`);
  const role = roleOf(values.role);
  if (!role) bad(values.role ? 'bad_role' : 'bad_field', 'role', `the post must be ${ROSTER_ROLE_WORDS.manager} (manager) or ${ROSTER_ROLE_WORDS.supervisor} (supervisor)`);
  if (!values.name || values.name.length > MAX_NAME) bad('bad_field', 'name', `the name must be 1-${MAX_NAME} characters`);
  if (!values.phone) bad('bad_field', 'phone', 'the phone is required');
  else if (!isChinesePhone(values.phone)) bad('bad_phone', 'phone', `"${values.phone}" is not a phone number (an 11-digit mobile, or a landline with its area code)`);
  const from = decodeDate('from', values.from || undefined);
  if (!from.ok) bad('bad_date', 'from', from.message);
  const to = decodeDate('to', values.to || undefined);
  if (!to.ok) bad('bad_date', 'to', to.message);
  const f = from.ok ? from.value : null;
  const t = to.ok ? to.value : null;
  if (f !== null && t !== null && t <= f) problems.push({ code: 'bad_period', field: 'to', message: `the period ends (${t}) before it starts (${f})`, details: { value: t, from: f } });
  return { line, values, problems, grid, role, from: f, to: t };
}

const samePerson = (p: PersonRow, l: RosterLine) => p.role === l.role && p.name === l.values.name && digits(p.phone) === digits(l.values.phone);

/** Problems among the rows of one period: two managers, a person twice, ends that disagree. */
function checkPeriod(group: RosterLine[]): void {
  const [first] = group;
  const seen = new Map<string, number>();
  let manager: number | null = null;
  for (const l of group) {
    if (l.to !== first.to) l.problems.push({ code: 'period_mismatch', field: 'to', message: `line ${first.line} ends the same period on ${first.to ?? 'no date'}`, details: { value: l.values.to, line: first.line } });
    if (l.role === 'manager') {
      if (manager !== null) l.problems.push({ code: 'two_managers', field: 'role', message: `line ${manager} names this period's manager already`, details: { value: l.values.role, line: manager } });
      else manager = l.line;
    }
    const key = `${l.values.name}|${digits(l.values.phone)}`;
    const twice = seen.get(key);
    if (twice !== undefined) l.problems.push({ code: 'duplicate_person', field: 'name', message: `line ${twice} names ${l.values.name} in this period already`, details: { value: l.values.name, line: twice } });
    else seen.set(key, l.line);
  }
}

/** The first period, by start, that overlaps this one (an open one that a later period ends does not). */
function clashInFile(earlier: RosterLine[][], group: RosterLine[]): RosterLine | null {
  const g = group[0];
  for (const other of earlier) {
    const o = other[0];
    if (o.to !== null && overlaps(o.from, o.to, g.from, g.to)) return o;
  }
  return null;
}

/**
 * What importing these rows would do to the rosters. Rows of one grid with the same start are one
 * period: its manager and supervisors, replacing what that period held. A period that begins later
 * than the one in force ends it there (as PUT /api/grids/:id/people does); one overlapping any
 * other, in the file or stored, is refused. A row with only a grid code (the export's line for an
 * unstaffed grid) is skipped.
 */
export async function previewRosters(q: Q, keyed: KeyedRow[]): Promise<{ preview: ImportPreview; writes: RosterWrite[] }> {
  const { db, t } = q;
  const gridRows = await db.select({ id: t.grids.id, code: t.grids.code }).from(t.grids).where(and(t.activeGrid, ofCounty(q, t.grids.countyId)));
  const grids = new Map(gridRows.map((g) => [g.code, g]));
  const lines = keyed.filter((r) => ['role', 'name', 'phone', 'from', 'to'].some((k) => r.values[k] !== '')).map((r) => readLine(r.line, r.values, grids));

  const periods = new Map<string, RosterLine[]>();
  for (const l of lines) {
    if (!l.grid || l.problems.some((p) => p.field === 'from')) continue;
    const key = `${l.grid.id}|${l.from ?? ''}`;
    periods.set(key, [...(periods.get(key) ?? []), l]);
  }
  const touched = [...new Set([...periods.values()].map((g) => g[0].grid!.id))];
  const stored = touched.length ? await db.select().from(t.people).where(inArray(t.people.gridId, touched)).orderBy(asc(t.people.id)) : [];

  const writes: RosterWrite[] = [];
  const removals: RosterRemoval[] = [];
  const fates = new Map<RosterLine, { fate: 'new' | 'changed' | 'unchanged'; was: PersonRow | null }>();
  for (const gridId of touched) {
    const groups = [...periods.values()].filter((g) => g[0].grid!.id === gridId).sort((a, b) => (a[0].from ?? '').localeCompare(b[0].from ?? ''));
    let rows = stored.filter((p) => p.gridId === gridId);
    const done: RosterLine[][] = [];
    for (const group of groups) {
      checkPeriod(group);
      const { from, to } = group[0];
      const fileClash = clashInFile(done, group);
      if (!group.some((l) => l.problems.length)) done.push(group);
      if (fileClash) {
        for (const l of group) l.problems.push({ code: 'overlapping_period', field: 'from', message: `the period of line ${fileClash.line} (${fileClash.from ?? '…'}–${fileClash.to}) overlaps this one`, details: { value: l.values.from, line: fileClash.line, from: fileClash.from, to: fileClash.to } });
      }
      const change = periodChange(rows, from, to);
      const { replaced, ended } = change;
      const clash = fileClash ? undefined : change.clash;
      if (clash) {
        for (const l of group) {
          l.problems.push({
            code: 'overlapping_period',
            field: 'from',
            message: `${clash.name} held the ${clash.role} post from ${clash.validFrom ?? 'the start'} to ${clash.validTo ?? 'now'}, which overlaps this period`,
            details: { value: l.values.from, name: clash.name, from: clash.validFrom, to: clash.validTo },
          });
        }
      }
      for (const l of group) {
        const kept = replaced.find((p) => samePerson(p, l) && p.validTo === to);
        if (kept) fates.set(l, { fate: 'unchanged', was: null });
        else if (replaced.length) fates.set(l, { fate: 'changed', was: replaced.find((p) => p.role === l.role && (p.name === l.values.name || l.role === 'manager')) ?? null });
        else fates.set(l, { fate: 'new', was: null });
      }
      // a period with an error row is not applied: its good rows show what they would do once it is fixed
      if (group.some((l) => l.problems.length)) continue;
      const dropped = replaced.filter((p) => !group.some((l) => samePerson(p, l) && p.validTo === to));
      const code = group[0].grid!.code;
      for (const p of dropped) if (!group.some((l) => samePerson(p, l))) removals.push({ gridCode: code, role: p.role, name: p.name, phone: p.phone, how: 'removed', on: from });
      for (const p of ended) removals.push({ gridCode: code, role: p.role, name: p.name, phone: p.phone, how: 'ended', on: from });
      if (dropped.length === 0 && ended.length === 0 && group.every((l) => fates.get(l)?.fate === 'unchanged')) continue;

      const before = [...replaced, ...ended.map((p) => ({ ...p, validTo: from }))];
      writes.push({
        grid: group[0].grid!,
        from,
        to,
        people: group.map((l) => ({ role: l.role!, name: l.values.name, phone: l.values.phone })),
        deleteIds: replaced.map((p) => p.id),
        endIds: ended.map((p) => p.id),
        before: { manager: before.find((p) => p.role === 'manager') ?? null, supervisors: before.filter((p) => p.role === 'supervisor') },
      });
      const inserted = group.map((l, i) => ({ id: `import-${i}`, gridId, role: l.role!, name: l.values.name, phone: l.values.phone, validFrom: from, validTo: to }));
      rows = [...rows.filter((p) => !replaced.includes(p)).map((p) => (ended.includes(p) ? { ...p, validTo: from } : p)), ...inserted];
    }
  }

  const out: PreviewRow[] = lines.map((l) => {
    if (l.problems.length) return { line: l.line, fate: 'error', values: l.values, problems: l.problems, was: null };
    const f = fates.get(l) ?? { fate: 'unchanged' as const, was: null };
    const was = f.was ? { name: f.was.name, phone: f.was.phone, from: f.was.validFrom ?? '', to: f.was.validTo ?? '' } : null;
    return { line: l.line, fate: f.fate, values: l.values, problems: [], was };
  });
  return { preview: { kind: 'rosters', rows: out, counts: countFates(out), removals, digest: previewDigest('rosters', out, removals) }, writes };
}

const person = (p: PersonRow) => ({ name: p.name, phone: p.phone, from: p.validFrom, to: p.validTo });

/** The periods of a clean preview, inside the caller's transaction, each audited as an import of that grid's people. */
export async function writeRosters(tx: Q, writes: RosterWrite[], by: string, now: number): Promise<void> {
  for (const w of writes) {
    await writePeriod(tx, w.grid.id, w, w.from, w.to, w.people);
    const manager = w.people.find((p) => p.role === 'manager');
    await audit(tx, {
      at: now,
      userId: by,
      entity: 'grid-people',
      entityId: w.grid.id,
      action: 'import',
      before: { manager: w.before.manager && person(w.before.manager), supervisors: w.before.supervisors.map(person) },
      after: {
        from: w.from,
        to: w.to,
        manager: manager ? { name: manager.name, phone: manager.phone } : null,
        supervisors: w.people.filter((p) => p.role === 'supervisor').map((p) => ({ name: p.name, phone: p.phone })),
      },
    });
  }
}
