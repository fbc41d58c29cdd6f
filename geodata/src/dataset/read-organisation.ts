import { digits, flag, isObject, list, Problems, text, uniqueIds, type Json } from './shape-check.ts';
import { PERSON_ROLES, type Area, type GridUnit, type Organisation, type Person, type StreetOffice, type Unit } from './types.ts';

const FILE = 'organisation.json';

function items<T>(p: Problems, org: Json, key: string, read: (where: string, raw: Json) => T): T[] {
  return list(p, FILE, org, key).map((raw, i) => {
    const where = `${FILE}: ${key}[${i}]`;
    if (!isObject(raw)) {
      p.error(where, 'must be an object');
      return read(where, {});
    }
    return read(where, raw);
  });
}

/** Phones are optional in the files (the map shows "—"), but when given they are text. */
function phone(p: Problems, where: string, raw: Json, key: string): string {
  const v = raw[key];
  if (v === undefined || v === null || v === '') return '';
  if (typeof v === 'string') return v;
  p.error(where, `${key} must be text (got ${JSON.stringify(v)})`);
  return '';
}

/**
 * organisation.json: the county, street offices, 片区 with their leaders, county units, which units
 * hold which grid, and each grid's manager and supervisors. Grid ids are checked by the caller,
 * which knows the grids.
 */
export function readOrganisation(p: Problems, data: unknown): Organisation {
  const org = isObject(data) ? data : {};
  if (!isObject(data)) p.error(FILE, 'must be a JSON object with county, streetOffices, areas, units, gridUnits and people');
  const countyRaw = isObject(org.county) ? org.county : {};
  if (isObject(data) && !isObject(org.county)) p.error(FILE, 'county must be an object { code, name }');
  const county = { code: digits(p, `${FILE}: county`, countyRaw, 'code', 6), name: text(p, `${FILE}: county`, countyRaw, 'name') };

  const streetOffices = items(p, org, 'streetOffices', (where, raw): StreetOffice => ({ id: text(p, where, raw, 'id'), code: digits(p, where, raw, 'code', 9), name: text(p, where, raw, 'name') }));
  const areas = items(p, org, 'areas', (where, raw): Area => ({ id: text(p, where, raw, 'id'), name: text(p, where, raw, 'name'), leaderTitle: text(p, where, raw, 'leaderTitle'), leaderPhone: phone(p, where, raw, 'leaderPhone') }));
  const units = items(p, org, 'units', (where, raw): Unit => ({ id: text(p, where, raw, 'id'), name: text(p, where, raw, 'name'), contactName: phone(p, where, raw, 'contactName'), contactPhone: phone(p, where, raw, 'contactPhone') }));
  const unitIds = uniqueIds(p, FILE, units.map((u, i) => ({ id: u.id, where: `units[${i}]` })));
  uniqueIds(p, FILE, streetOffices.map((s, i) => ({ id: s.id, where: `streetOffices[${i}]` })));
  uniqueIds(p, FILE, areas.map((a, i) => ({ id: a.id, where: `areas[${i}]` })));

  const gridUnits = items(p, org, 'gridUnits', (where, raw): GridUnit => {
    const gu = { gridId: text(p, where, raw, 'gridId'), unitId: text(p, where, raw, 'unitId'), lead: flag(p, where, raw, 'lead', false) };
    if (gu.unitId && !unitIds.has(gu.unitId)) p.error(where, `unitId "${gu.unitId}" is not in units`);
    return gu;
  });
  const roles = Object.values(PERSON_ROLES) as string[];
  const people = items(p, org, 'people', (where, raw): Person => {
    const role = text(p, where, raw, 'role');
    if (role && !roles.includes(role)) p.error(where, `role "${role}" must be one of ${roles.join(', ')}`);
    return { id: text(p, where, raw, 'id'), name: text(p, where, raw, 'name'), phone: phone(p, where, raw, 'phone'), role: role as Person['role'], gridId: text(p, where, raw, 'gridId') };
  });
  uniqueIds(p, FILE, people.map((x, i) => ({ id: x.id, where: `people[${i}]` })));
  const pairs = new Set<string>();
  for (const gu of gridUnits) {
    const key = `${gu.gridId}|${gu.unitId}`;
    if (pairs.has(key)) p.error(`${FILE}: gridUnits`, `unit ${gu.unitId} holds grid ${gu.gridId} twice`);
    pairs.add(key);
  }
  return { county, streetOffices, areas, units, gridUnits, people };
}
