import { eq, getTableColumns, inArray, or, type Column } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { CopyMismatchError, MAX_PARAMS, pages, RowsChecksum, tableOf, tablesInOrder, type TableCopy, type TableInfo } from './copy-deployment.ts';
import type { Q, Store } from './store.ts';

/** Why a county cannot be added to the target: an unknown county, one the target has, or ids it uses already. */
export class CountyCopyRefused extends Error {}

export interface CountyCopy {
  countyId: string;
  tables: TableCopy[];
  /** deployment-wide tables (settings, locks, throttles) that stay behind */
  skipped: string[];
  warnings: string[];
}

type Row = Record<string, unknown>;

/** Rows kept per table: their primary keys as the source had them, and new ids of auto-numbered rows. */
interface Kept {
  keys: Map<string, Set<unknown>>;
  newIds: Map<string, Map<unknown, unknown>>;
}

/** Rows that point at another table without a declared foreign key: a photo's owner, an audit entry's subject. */
function ownerTable(table: string, row: Row): string | null {
  if (table === 'photos') return row.ownerKind === 'report' ? 'weeklyReports' : 'problems';
  if (table === 'auditEvents' && row.entity === 'report') return 'weeklyReports';
  return null;
}

function ownerColumn(table: string): string | null {
  return table === 'photos' ? 'ownerId' : table === 'auditEvents' ? 'entityId' : null;
}

/** Whether the county holds the row, judged by its county column or by the rows it points at. */
function belongs(info: TableInfo, row: Row, countyId: string, kept: Kept, allIds: Set<unknown>): boolean {
  if (info.key === 'counties') return row.id === countyId;
  if ('countyId' in row) return row.countyId === countyId;
  if (info.key === 'auditEvents') {
    return kept.keys.get('users')!.has(row.userId) || allIds.has(row.entityId) || (row.entity === 'report' && kept.keys.get('weeklyReports')!.has(Number(row.entityId)));
  }
  const owner = ownerTable(info.key, row);
  if (owner) return kept.keys.get(owner)!.has(info.key === 'photos' && owner === 'weeklyReports' ? Number(row.ownerId) : row.ownerId);
  const copied = info.refs.filter((r) => kept.keys.has(r.parent) && r.parent !== info.key);
  if (copied.length === 0) return false;
  return copied.some((r) => row[r.column] !== null && kept.keys.get(r.parent)!.has(row[r.column]));
}

/**
 * References the copy cannot satisfy: rows of the county pointing at rows it does not hold (a
 * city-wide account's comment on a bulletin) that the target lacks too. Named, not dropped.
 */
async function dangling(dst: Q, info: TableInfo, rows: Row[], kept: Kept, infoOf: ReadonlyMap<string, TableInfo>): Promise<string[]> {
  const problems: string[] = [];
  for (const r of info.refs) {
    const held = kept.keys.get(r.parent);
    if (!held || kept.newIds.has(r.parent) || r.parent === info.key) continue;
    const outside = [...new Set(rows.map((row) => row[r.column]).filter((v) => v !== null && v !== undefined && !held.has(v)))];
    if (outside.length === 0) continue;
    const parent = infoOf.get(r.parent)!;
    const there = new Set(await taken(dst, parent, outside));
    const missing = outside.filter((v) => !there.has(v));
    if (missing.length) problems.push(`${info.name}.${(getTableColumns(tableOf(dst, info.key)) as Record<string, Column>)[r.column]!.name} points at ${parent.name} the target lacks (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''})`);
  }
  return problems;
}

/** The row as it goes into the target: auto-numbered references follow their rows' new ids. */
function remapped(info: TableInfo, row: Row, kept: Kept): Row {
  const out = { ...row };
  for (const r of info.refs) {
    const ids = kept.newIds.get(r.parent);
    if (ids && out[r.column] !== null && out[r.column] !== undefined) out[r.column] = ids.get(out[r.column]);
  }
  const owner = ownerTable(info.key, row);
  const column = ownerColumn(info.key);
  if (owner === 'weeklyReports' && column) out[column] = String(kept.newIds.get('weeklyReports')!.get(Number(row[column])));
  return out;
}

function hasCountyColumn(q: Q, info: TableInfo): boolean {
  return info.key === 'counties' || 'countyId' in getTableColumns(tableOf(q, info.key));
}

/** Whether the table is copied for one county at all: by its county column, through a copied table, or by owner. */
function copiedTables(q: Q, order: TableInfo[]): Set<string> {
  const copied = new Set<string>();
  for (const info of order) {
    if (hasCountyColumn(q, info) || info.refs.some((r) => copied.has(r.parent) && r.parent !== info.key) || info.key === 'auditEvents') copied.add(info.key);
  }
  return copied;
}

/** Primary keys among `ids` that the target holds already. */
async function taken(q: Q, info: TableInfo, ids: unknown[]): Promise<unknown[]> {
  const column = (getTableColumns(tableOf(q, info.key)) as Record<string, SQLiteColumn>)[info.pk[0]!]!;
  const found: unknown[] = [];
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = (await q.db.select({ id: column }).from(tableOf(q, info.key)).where(inArray(column, ids.slice(i, i + 1000)))) as { id: unknown }[];
    found.push(...rows.map((r) => r.id));
  }
  return found;
}

/** The target's rows of this table whose primary key is among `keys` (by the key's first column, then exactly). */
async function readBack(q: Q, info: TableInfo, keys: Row[]): Promise<Row[]> {
  const table = tableOf(q, info.key);
  const first = (getTableColumns(table) as Record<string, Column>)[info.pk[0]!]!;
  const wanted = new Set(keys.map((k) => JSON.stringify(info.pk.map((p) => k[p]))));
  const values = [...new Set(keys.map((k) => k[info.pk[0]!]))];
  const rows: Row[] = [];
  for (let i = 0; i < values.length; i += 1000) {
    const page = (await q.db.select().from(table).where(inArray(first, values.slice(i, i + 1000)))) as Row[];
    rows.push(...page.filter((r) => wanted.has(JSON.stringify(info.pk.map((p) => r[p])))));
  }
  return rows;
}

/** Exempt weeks are the deployment's, not a county's: the source's that the target lacks are named, not added to every county. */
async function exemptWeeksLeftBehind(src: Q, dst: Q): Promise<string[]> {
  const there = new Set((await dst.db.select({ week: dst.t.exemptWeeks.week }).from(dst.t.exemptWeeks)).map((w) => w.week));
  const mine = (await src.db.select({ week: src.t.exemptWeeks.week }).from(src.t.exemptWeeks)).map((w) => w.week).filter((w) => !there.has(w));
  return mine.length ? [`exempt weeks of the source the target does not exempt (not moved: they would exempt every county): ${mine.join(', ')}`] : [];
}

async function resolveCounty(q: Q, county: string): Promise<{ id: string; code: string; name: string }> {
  const all = await q.db.select({ id: q.t.counties.id, code: q.t.counties.code, name: q.t.counties.name }).from(q.t.counties);
  const found = all.find((c) => c.id === county || c.code === county);
  if (!found) throw new CountyCopyRefused(`the source has no county "${county}" (it holds ${all.map((c) => `${c.name} ${c.code} "${c.id}"`).join(', ') || 'none'})`);
  return found;
}

/**
 * Adds one county of a deployment (normally a SQLite file) to another that holds other counties:
 * the county's rows of every table, found by their county column or through the rows they point at,
 * in one transaction of the target. Auto-numbered rows (reports, steps, audit entries) get new ids
 * and whatever points at them follows. Text ids the target uses already are refused, named, before
 * anything is written. Before committing, every table's copied rows are read back and compared with
 * what was sent by count and checksum.
 */
export async function copyCounty(from: Store, to: Store, county: string, onTable: (copy: TableCopy) => void = () => {}): Promise<CountyCopy> {
  const source = await resolveCounty(from, county);
  const clash = await to.db.select({ id: to.t.counties.id }).from(to.t.counties).where(or(eq(to.t.counties.id, source.id), eq(to.t.counties.code, source.code)));
  if (clash.length) throw new CountyCopyRefused(`the target holds ${source.name} (${source.code}) already: nothing was copied`);
  const order = tablesInOrder(from);
  const infoOf = new Map(order.map((i) => [i.key, i]));
  const copied = copiedTables(from, order);
  const skipped = order.filter((i) => !copied.has(i.key)).map((i) => i.name);
  return from.tx(
    (src) =>
      to.tx(async (dst) => {
        const kept: Kept = { keys: new Map(), newIds: new Map() };
        const allIds = new Set<unknown>();
        const tables: TableCopy[] = [];
        const warnings = await exemptWeeksLeftBehind(src, dst);
        for (const info of order.filter((i) => copied.has(i.key))) {
          const rows: Row[] = [];
          for await (const page of pages(src, info)) for (const row of page) if (belongs(info, row, source.id, kept, allIds)) rows.push(row);
          const unmet = await dangling(dst, info, rows, kept, infoOf);
          if (unmet.length) throw new CountyCopyRefused(`${unmet.join('; ')}: create them in the target first; nothing was copied`);
          if (!info.serial && info.pk.length === 1) {
            const used = await taken(dst, info, rows.map((r) => r[info.pk[0]!]));
            if (used.length) throw new CountyCopyRefused(`${info.name}: ${used.length} id(s) the target uses already (${used.slice(0, 5).join(', ')}${used.length > 5 ? ', …' : ''}): rename them in the source first; nothing was copied`);
          }
          const target = tableOf(dst, info.key);
          const sent = new RowsChecksum();
          const keys: Row[] = [];
          const newIds = new Map<unknown, unknown>();
          if (info.serial) {
            const serial = info.serial;
            for (const row of rows) {
              const { [serial]: old, ...rest } = remapped(info, row, kept);
              const [made] = (await dst.db.insert(target).values(rest as never).returning()) as Row[];
              newIds.set(old, made![serial]);
              sent.add({ ...rest, [serial]: made![serial] });
              keys.push(made!);
            }
            kept.newIds.set(info.key, newIds);
          } else {
            const out = rows.map((r) => remapped(info, r, kept));
            const per = Math.max(1, Math.floor(MAX_PARAMS / Object.keys(getTableColumns(target)).length));
            for (let i = 0; i < out.length; i += per) await dst.db.insert(target).values(out.slice(i, i + per) as never);
            for (const r of out) sent.add(r);
            keys.push(...out);
          }
          if (info.pk.length === 1) {
            kept.keys.set(info.key, new Set(rows.map((r) => r[info.pk[0]!])));
            if (!info.serial) for (const r of rows) allIds.add(r[info.pk[0]!]);
          } else kept.keys.set(info.key, new Set());
          const back = new RowsChecksum();
          for (const r of await readBack(dst, info, keys)) back.add(r);
          const a = sent.result();
          const b = back.result();
          if (a.rows !== b.rows || a.checksum !== b.checksum) throw new CopyMismatchError(`table ${info.name} differs after the copy (sent ${a.rows} rows, read back ${b.rows}): nothing was kept`);
          const copy = { table: info.name, rows: a.rows, checksum: a.checksum };
          tables.push(copy);
          onTable(copy);
        }
        return { countyId: source.id, tables, skipped, warnings };
      }),
    { readOnly: true },
  );
}
