import type { GridPeopleInput } from '@wangge/geodata';
import type { MultiPolygon, Polygon, Position } from 'geojson';

type Person = { name: string; phone: string };
const samePerson = (a: Person, b: Person) => a.name === b.name && a.phone === b.phone;

/** A merge keeps every unit of both grids: the kept grid's first (its lead stays lead), then the other's. */
export function mergedUnits(kept: readonly string[], other: readonly string[]): string[] {
  return [...new Set([...kept, ...other])];
}

/**
 * A merge's people: the kept grid's manager stays manager; the other grid's manager and every
 * supervisor of both become supervisors (each person once). The planner removes whom they will.
 */
export function mergedPeople(kept: GridPeopleInput, other: GridPeopleInput): GridPeopleInput {
  const manager = kept.manager ?? other.manager;
  const supervisors: Person[] = [];
  for (const p of [...kept.supervisors, ...(other.manager && other.manager !== manager ? [other.manager] : []), ...other.supervisors]) {
    if (!(manager && samePerson(p, manager)) && !supervisors.some((s) => samePerson(s, p))) supervisors.push(p);
  }
  return { manager, supervisors };
}

/** Which half of a split each thing goes to: the piece that kept the grid's id, or the new one. */
export const HALVES = { kept: 'kept', made: 'made' } as const;
export type Half = (typeof HALVES)[keyof typeof HALVES];

/**
 * A first proposal for a split, by area: each half gets a share of the list in proportion to its
 * area (at least one when the list has two or more), the larger half taking the head of the list
 * (a grid's lead unit, its first supervisor). A list of one goes to both halves: a unit may hold
 * two grids, and the planner decides.
 */
export function dealByArea<T>(items: readonly T[], keptArea: number, madeArea: number): { kept: T[]; made: T[] } {
  if (items.length <= 1) return { kept: [...items], made: [...items] };
  const total = keptArea + madeArea;
  const madeShare = total > 0 ? madeArea / total : 0.5;
  const madeCount = Math.min(items.length - 1, Math.max(1, Math.round(items.length * madeShare)));
  const largerFirst = keptArea >= madeArea;
  const head = items.slice(0, items.length - madeCount);
  const tail = items.slice(items.length - madeCount);
  // the larger half takes the head of the list
  if (largerFirst) return { kept: head, made: tail };
  const madeHead = items.slice(0, madeCount);
  return { kept: items.slice(madeCount), made: madeHead };
}

/** A split's people by area: the manager to the larger half, the supervisors dealt by area. */
export function splitPeople(people: GridPeopleInput, keptArea: number, madeArea: number): { kept: GridPeopleInput; made: GridPeopleInput } {
  const sup = dealByArea(people.supervisors, keptArea, madeArea);
  const keptLarger = keptArea >= madeArea;
  return {
    kept: { manager: keptLarger ? people.manager : null, supervisors: sup.kept },
    made: { manager: keptLarger ? null : people.manager, supervisors: sup.made },
  };
}

/**
 * An area for comparing the two halves of one split: shoelace on longitude and latitude. The
 * halves lie side by side, so degrees' distortion is the same for both and cancels in the ratio.
 */
export function relativeArea(geometry: Polygon | MultiPolygon): number {
  const polygons: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let sum = 0;
  for (const rings of polygons)
    rings.forEach((ring, i) => {
      let a = 0;
      for (let j = 0; j < ring.length - 1; j++) a += ring[j][0] * ring[j + 1][1] - ring[j + 1][0] * ring[j][1];
      sum += (i === 0 ? 1 : -1) * Math.abs(a / 2);
    });
  return sum;
}
