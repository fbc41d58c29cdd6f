import { ROSTER_COLUMNS, ROSTER_ROLE_WORDS, UNIT_COLUMNS, type BulkFormat, type BulkKind, type RosterHolder } from '@wangge/geodata';
import type { Q } from '../db/store.ts';
import { toCsv, type Cell } from '../export/csv.ts';
import { toXlsx } from '../export/xlsx.ts';
import { rostersOn } from '../services/rosters.ts';
import { listUnits } from '../services/units.ts';

async function unitTable(q: Q, now: number): Promise<Cell[][]> {
  const units = (await listUnits(q, '', now)).filter((u) => u.retiredAt === null);
  return units.map((u) => [u.id, u.name, u.contactName, u.contactPhone, u.grids.map((g) => (g.lead ? `${g.code}（牵头）` : g.code)).join('、')]);
}

async function rosterTable(q: Q, at: string): Promise<Cell[][]> {
  const { grids } = await rostersOn(q, at);
  const line = (code: string, name: string, role: 'manager' | 'supervisor', p: RosterHolder): Cell[] => [code, name, ROSTER_ROLE_WORDS[role], p.name, p.phone, p.from ?? '', p.to ?? ''];
  return grids.flatMap((g) => {
    const people = [...(g.manager ? [line(g.code, g.name, 'manager', g.manager)] : []), ...g.supervisors.map((s) => line(g.code, g.name, 'supervisor', s))];
    // an unstaffed grid still gets its line, for the office to fill in
    return people.length ? people : [[g.code, g.name, '', '', '', '', '']];
  });
}

/**
 * GET /api/{units,rosters}/export?format=: the county's units in service, or the rosters in force
 * on `at`, in the columns an import takes back (the read-only ones are for reading).
 */
export async function exportTable(q: Q, kind: BulkKind, format: BulkFormat, at: string, now: number): Promise<{ body: Uint8Array | string; type: string; fileName: string }> {
  const header = Object.values(kind === 'units' ? UNIT_COLUMNS : ROSTER_COLUMNS);
  const rows = kind === 'units' ? await unitTable(q, now) : await rosterTable(q, at);
  const fileName = kind === 'units' ? `units-${at}.${format}` : `rosters-${at}.${format}`;
  if (format === 'csv') return { body: toCsv(header, rows), type: 'text/csv; charset=utf-8', fileName };
  const sheet = kind === 'units' ? '责任单位' : '网格人员';
  return { body: await toXlsx(sheet, header, rows), type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fileName };
}
