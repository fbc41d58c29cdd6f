/**
 * Who answers for what in a synthetic county, complete in both directions (纵向到底): every
 * 片区 has a leader (by title), every grid a lead unit, a manager and two or three supervisors,
 * every unit a contact. People are made up (see people.ts).
 */
import type { Area, GridUnit, Person, StreetOffice, Unit } from '../dataset/types.ts';
import { AREA_LEADER_TITLES, chineseNumber, UNITS } from './names.ts';
import { peopleMaker } from './people.ts';
import { rngFor, shuffled } from './prng.ts';

/** grids per 片区, roughly: Dafang's plan puts five or so under each county leader */
const GRIDS_PER_AREA = 8;

export interface OrganisationInput {
  seed: number;
  countyCode: string;
  /** grid ids in numbering order (street office, community, sequence), so a 片区 is a run of neighbours */
  gridIds: readonly string[];
}

export interface SyntheticOrganisation {
  areas: Area[];
  units: Unit[];
  gridUnits: GridUnit[];
  people: Person[];
  /** grid id → 片区 id */
  areaOf: Map<string, string>;
}

export const unitId = (countyCode: string, slug: string) => `${countyCode}-${slug}`;

export function buildOrganisation({ seed, countyCode, gridIds }: OrganisationInput): SyntheticOrganisation {
  const people = peopleMaker(rngFor(seed, 'people'));

  const areaCount = Math.min(Math.max(Math.round(gridIds.length / GRIDS_PER_AREA), 1), AREA_LEADER_TITLES.length);
  const areaOf = new Map<string, string>();
  const areas: Area[] = [];
  for (let a = 0; a < areaCount; a++) {
    const id = `${countyCode}-area-${a + 1}`;
    const from = Math.floor((a * gridIds.length) / areaCount);
    const to = Math.floor(((a + 1) * gridIds.length) / areaCount);
    for (const g of gridIds.slice(from, to)) areaOf.set(g, id);
    areas.push({ id, name: `第${chineseNumber(a + 1)}片区`, leaderTitle: AREA_LEADER_TITLES[a], leaderPhone: people.phone() });
  }

  const units: Unit[] = UNITS.map((u) => ({ id: unitId(countyCode, u.slug), name: u.name, contactName: people.name(), contactPhone: people.phone() }));
  const ids = units.map((u) => u.id);

  // Leads go round the units in a shuffled order, so each unit leads about as many grids as the next.
  const rng = rngFor(seed, 'units');
  const leads = shuffled(rng, ids);
  const gridUnits: GridUnit[] = [];
  gridIds.forEach((gridId, i) => {
    const lead = leads[i % leads.length];
    const extra = rng() < 0.45 ? 0 : rng() < 0.65 ? 1 : 2;
    gridUnits.push({ gridId, unitId: lead, lead: true });
    for (const unitId of shuffled(rng, ids.filter((u) => u !== lead)).slice(0, extra)) gridUnits.push({ gridId, unitId, lead: false });
  });

  const staff: Person[] = [];
  const srng = rngFor(seed, 'supervisors');
  for (const gridId of gridIds) {
    staff.push({ id: `${gridId}-manager`, name: people.name(), phone: people.phone(), role: 'manager', gridId });
    const supervisors = srng() < 0.5 ? 2 : 3;
    for (let s = 1; s <= supervisors; s++) staff.push({ id: `${gridId}-supervisor-${s}`, name: people.name(), phone: people.phone(), role: 'supervisor', gridId });
  }
  return { areas, units, gridUnits, people: staff, areaOf };
}

export function streetOffice(countyCode: string, n: number, name: string): StreetOffice {
  return { id: `${countyCode}-so${n}`, code: `${countyCode}${String(n).padStart(3, '0')}`, name };
}
