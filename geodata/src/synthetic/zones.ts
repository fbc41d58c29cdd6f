/**
 * A synthetic county's special responsibility zones (专项责任区): main roads and a commercial
 * street as bands along the town's streets, and markets, a hospital, a park, a public toilet,
 * a hotel and a unit's dormitory as blocks shrunk inside the town. Zones overlap grids by
 * design; each is a simple polygon, and the departments answering for each kind are the ones
 * Dafang's plan names for it.
 */
import type { Feature, Polygon, Position } from 'geojson';
import type { ZoneKind, ZoneProps } from '../dataset/types.ts';
import type { Lattice } from './lattice.ts';
import { PLACE_WORDS, placeName, UNITS, type UnitSlug } from './names.ts';
import { unitId } from './organisation.ts';
import { between, intBetween, rngFor, shuffled, type Rng } from './prng.ts';
import type { XY } from './projection.ts';

const KIND_UNITS: Record<Exclude<ZoneKind, 'dormitory'>, readonly UnitSlug[]> = {
  road: ['zhifa', 'jiaojing', 'jiaotong', 'shichang'],
  commercial: ['zhifa', 'jiaojing', 'jiaotong', 'shichang'],
  market: ['shichang', 'zhifa', 'jiaojing'],
  hospital: ['weijian'],
  park: ['zhifa'],
  toilet: ['zhifa'],
  hotel: ['shichang', 'wenlv'],
};

/** a road's half-width, in lattice cells (a cell is about 180 m across) */
const ROAD_HALF = 0.08;

interface Block {
  kind: Exclude<ZoneKind, 'road' | 'commercial' | 'dormitory'>;
  name: (word: string) => string;
  /** cells across and up */
  size: [number, number];
  /** how much of the block the zone keeps, linearly */
  shrink: number;
}

const BLOCKS: readonly Block[] = [
  { kind: 'market', name: (w) => `${w}农贸市场`, size: [1, 1], shrink: 0.6 },
  { kind: 'hospital', name: (w) => `${w}医院`, size: [1, 1], shrink: 0.5 },
  { kind: 'park', name: (w) => `${w}公园`, size: [2, 2], shrink: 0.6 },
  { kind: 'toilet', name: (w) => `${w}公厕`, size: [1, 1], shrink: 0.12 },
  { kind: 'hotel', name: (w) => `${w}宾馆`, size: [1, 1], shrink: 0.35 },
];

export interface ZonesInput {
  seed: number;
  countyCode: string;
  lattice: Lattice;
  grids: number;
}

export function buildZones({ seed, countyCode, lattice, grids }: ZonesInput): Feature<Polygon, ZoneProps>[] {
  const rng = rngFor(seed, 'zones');
  const words = shuffled(rng, PLACE_WORDS);
  let named = 0;
  const word = () => placeName(words, named++);
  const units = (slugs: readonly string[]) => slugs.map((s) => unitId(countyCode, s));
  const out: Feature<Polygon, ZoneProps>[] = [];
  const add = (kind: ZoneKind, name: string, unitIds: string[], ring: XY[]) => {
    const coordinates: Position[] = ring.map((p) => lattice.project(p));
    coordinates.push(coordinates[0]);
    out.push({ type: 'Feature', properties: { id: `${countyCode}-zone-${out.length + 1}`, name, kind, unitIds }, geometry: { type: 'Polygon', coordinates: [coordinates] } });
  };
  const { cols, rows } = lattice;

  // east–west main roads on distinct inner lattice lines; one north–south commercial street
  const roads = Math.min(1 + Math.floor(grids / 150), rows - 1);
  const lines = shuffled(rng, Array.from({ length: rows - 1 }, (_, j) => j + 1)).slice(0, roads).sort((a, b) => a - b);
  for (const j of lines) add('road', `${word()}大道`, units(KIND_UNITS.road), band(lattice, 'x', j, 0.5, cols - 0.5));
  if (cols >= 2 && rows >= 2) {
    const i = intBetween(rng, 1, cols - 1);
    add('commercial', `${word()}商业步行街`, units(KIND_UNITS.commercial), band(lattice, 'y', i, rows * 0.3, rows * 0.7));
  }

  const copies = 1 + Math.floor(grids / 100);
  for (const b of BLOCKS) {
    const n = b.kind === 'market' ? copies : 1;
    for (let c = 0; c < n; c++) add(b.kind, b.name(word()), units(KIND_UNITS[b.kind]), block(rng, lattice, b.size, b.shrink));
  }
  const owner = UNITS[intBetween(rng, 0, UNITS.length - 1)];
  add('dormitory', `${owner.name}职工宿舍`, units([owner.slug]), block(rng, lattice, [1, 1], 0.4));
  return out;
}

/**
 * A band ROAD_HALF either side of lattice line `line` (x: an east–west line j = line; y: a
 * north–south one), from `from` to `to` along it. Each edge is a line of constant lattice
 * coordinate, which is straight inside a cell, so its corners at whole cells trace it exactly;
 * the two edges lie in different rows of cells and never cross.
 */
function band(lattice: Lattice, axis: 'x' | 'y', line: number, from: number, to: number): XY[] {
  const along = [from];
  for (let t = Math.floor(from) + 1; t < to; t++) along.push(t);
  along.push(to);
  const at = (t: number, offset: number) => (axis === 'x' ? lattice.at(t, line + offset) : lattice.at(line + offset, t));
  const low = along.map((t) => at(t, -ROAD_HALF));
  const high = along.map((t) => at(t, ROAD_HALF));
  // anticlockwise: a road's south edge eastwards and its north edge back; a street's east edge northwards and its west edge back
  return axis === 'x' ? [...low, ...high.reverse()] : [...high, ...low.reverse()];
}

/**
 * A block of whole cells somewhere in the town, shrunk towards its centre: shrinking is a
 * similarity, so the block's simple ring stays simple.
 */
function block(rng: Rng, lattice: Lattice, [w, h]: [number, number], shrink: number): XY[] {
  const x0 = intBetween(rng, 0, Math.max(0, lattice.cols - w));
  const y0 = intBetween(rng, 0, Math.max(0, lattice.rows - h));
  const x1 = Math.min(x0 + w, lattice.cols);
  const y1 = Math.min(y0 + h, lattice.rows);
  const ring: XY[] = [];
  for (let i = x0; i < x1; i++) ring.push(lattice.metres(i, y0));
  for (let j = y0; j < y1; j++) ring.push(lattice.metres(x1, j));
  for (let i = x1; i > x0; i--) ring.push(lattice.metres(i, y1));
  for (let j = y1; j > y0; j--) ring.push(lattice.metres(x0, j));
  const [cx, cy] = lattice.at((x0 + x1) / 2 + between(rng, -0.05, 0.05), (y0 + y1) / 2 + between(rng, -0.05, 0.05));
  return ring.map(([x, y]) => [cx + (x - cx) * shrink, cy + (y - cy) * shrink]);
}
