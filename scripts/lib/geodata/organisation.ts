/**
 * Who answers for what: 片区 under county leaders (by title), the units holding each grid
 * (the first one leads), and each grid's manager and supervisors.
 */
import { peopleMaker } from '@wangge/geodata/synthetic/people';
import { rngFor, shuffled } from '@wangge/geodata/synthetic/prng';
import type { Area, GridUnit, Organisation, Person, Unit } from '../../../geodata/src/dataset/types.ts';
import { AREA_LEADERS, COUNTY, STREET_OFFICES, UNITS } from './dafang-facts.ts';
import { groupIntoAreas } from './areas.ts';
import type { GridInfo } from './regions.ts';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export interface BuiltOrganisation {
  organisation: Organisation;
  /** grid id → area id */
  areaOf: Map<string, string>;
}

export function buildOrganisation(seed: number, grids: readonly GridInfo[]): BuiltOrganisation {
  const people = peopleMaker(rngFor(seed, 'people'));

  const codeOf = new Map(grids.map((g) => [g.id, g.code]));
  const groups = groupIntoAreas(grids, 5)
    .map((ids) => ids.sort((a, b) => codeOf.get(a)!.localeCompare(codeOf.get(b)!)))
    .sort((a, b) => codeOf.get(a[0])!.localeCompare(codeOf.get(b[0])!));
  if (groups.length !== AREA_LEADERS.length) throw new Error(`${groups.length} areas for ${AREA_LEADERS.length} leaders`);
  const areaOf = new Map<string, string>();
  const areas: Area[] = groups.map((ids, i) => {
    const id = `area-${i + 1}`;
    for (const g of ids) areaOf.set(g, id);
    return { id, name: `第${NUMERALS[i]}片区`, leaderTitle: AREA_LEADERS[i], leaderPhone: people.phone() };
  });

  const units: Unit[] = UNITS.map((u) => ({ id: u.id, name: u.name, contactName: people.name(), contactPhone: people.phone() }));

  // Every unit leads one grid (30 units, 30 grids); some grids get one or two more units.
  const rng = rngFor(seed, 'units');
  const leads = shuffled(rng, UNITS.map((u) => u.id));
  const gridUnits: GridUnit[] = [];
  grids.forEach((g, i) => {
    const lead = leads[i % leads.length];
    const extra = rng() < 0.45 ? 0 : rng() < 0.65 ? 1 : 2;
    const others = shuffled(rng, UNITS.map((u) => u.id).filter((u) => u !== lead)).slice(0, extra);
    gridUnits.push({ gridId: g.id, unitId: lead, lead: true });
    for (const u of others) gridUnits.push({ gridId: g.id, unitId: u, lead: false });
  });

  const staff: Person[] = [];
  const prng = rngFor(seed, 'supervisors');
  for (const g of grids) {
    staff.push({ id: `${g.id}-manager`, name: people.name(), phone: people.phone(), role: 'manager', gridId: g.id });
    const supervisors = prng() < 0.5 ? 2 : 3;
    for (let s = 1; s <= supervisors; s++) {
      staff.push({ id: `${g.id}-supervisor-${s}`, name: people.name(), phone: people.phone(), role: 'supervisor', gridId: g.id });
    }
  }

  return {
    organisation: { county: { ...COUNTY }, streetOffices: STREET_OFFICES.map((o) => ({ ...o })), areas, units, gridUnits, people: staff },
    areaOf,
  };
}
