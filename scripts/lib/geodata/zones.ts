/**
 * 专项责任区: the places the plan hands to named departments rather than to a grid's units —
 * main roads and a commercial street, farmers' markets, hospitals, a park and a square, public
 * toilets, hotels and unit dormitories. Names are made up but ordinary for a Guizhou county town.
 */
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { between, rngFor } from '@wangge/geodata/synthetic/prng';
import type { ZoneKind, ZoneProps } from '../../../geodata/src/dataset/types.ts';
import { COMMUNITIES, ZONE_UNITS, type UnitId } from './dafang-facts.ts';
import { pathPoints, type EdgeShaper } from './edges.ts';
import { dist, type XY } from './planar.ts';
import { round7, type Projection } from './project.ts';
import { nearestOutlineVertex, nearestVertex, roadPath } from './roads.ts';
import type { Layout } from './layout.ts';

interface Street {
  id: string;
  name: string;
  kind: 'road' | 'commercial';
  from: XY;
  to: XY;
  /** through the whole town (ends on its outline) or inside it */
  through: boolean;
  width: number;
}

interface Place {
  id: string;
  name: string;
  kind: Exclude<ZoneKind, 'road' | 'commercial'>;
  community: string;
  near: XY;
  /** a rectangle (metres) or the block itself shrunk around its centre */
  shape: { rect: XY } | { block: number };
  /** share the block of another place (a toilet in a park) instead of taking a new one */
  inBlockOf?: string;
  offset?: XY;
  units?: UnitId[];
}

const STREETS: Street[] = [
  { id: 'road-shexiang-dadao', name: '奢香大道', kind: 'road', from: [-2200, -250], to: [2200, 150], through: true, width: 30 },
  { id: 'road-hongqi-lu', name: '红旗路', kind: 'road', from: [-150, 2200], to: [250, -2200], through: true, width: 30 },
  { id: 'commercial-renmin-lu', name: '人民路商业步行街', kind: 'commercial', from: [-350, 150], to: [300, 120], through: false, width: 20 },
];

const PLACES: Place[] = [
  { id: 'market-chengzhong', name: '城中农贸市场', kind: 'market', community: 'chengzhong', near: [150, -150], shape: { rect: [90, 65] } },
  { id: 'market-chengnan', name: '城南农贸市场', kind: 'market', community: 'chengnan', near: [-150, -800], shape: { rect: [80, 60] } },
  { id: 'hospital-renmin', name: '大方县人民医院', kind: 'hospital', community: 'chengbei', near: [250, 550], shape: { block: 0.6 } },
  { id: 'hospital-zhongyi', name: '大方县中医院', kind: 'hospital', community: 'dongjiao', near: [900, -150], shape: { block: 0.55 } },
  { id: 'hospital-kangmin', name: '康民医院（民营）', kind: 'hospital', community: 'xinan', near: [-700, -300], shape: { rect: [60, 45] } },
  { id: 'park-binhe', name: '滨河公园', kind: 'park', community: 'xibei', near: [-900, 450], shape: { block: 0.75 } },
  { id: 'square-renmin', name: '人民广场', kind: 'park', community: 'chengzhong', near: [-200, -100], shape: { block: 0.55 } },
  { id: 'toilet-renmin-guangchang', name: '人民广场公厕', kind: 'toilet', community: 'chengzhong', near: [-200, -100], inBlockOf: 'square-renmin', offset: [0, -40], shape: { rect: [12, 8] } },
  { id: 'toilet-binhe-gongyuan', name: '滨河公园公厕', kind: 'toilet', community: 'xibei', near: [-900, 450], inBlockOf: 'park-binhe', offset: [-30, 20], shape: { rect: [12, 8] } },
  { id: 'toilet-chengzhong-shichang', name: '城中农贸市场公厕', kind: 'toilet', community: 'chengzhong', near: [150, -150], inBlockOf: 'market-chengzhong', offset: [52, 0], shape: { rect: [10, 8] } },
  { id: 'hotel-guzhen-kezhan', name: '古镇客栈', kind: 'hotel', community: 'shexiang', near: [1100, 700], shape: { rect: [50, 35] } },
  { id: 'hotel-chengzhong-binguan', name: '城中宾馆', kind: 'hotel', community: 'chengzhong', near: [250, 200], shape: { rect: [45, 30] } },
  { id: 'hotel-dongguan-lvshe', name: '东关旅社', kind: 'hotel', community: 'dongjiao', near: [1200, -500], shape: { rect: [35, 25] } },
  { id: 'dorm-jiaoyu', name: '教育局职工宿舍', kind: 'dormitory', community: 'xibei', near: [-1200, 850], shape: { rect: [80, 45] }, units: ['jiaoyu'] },
  { id: 'dorm-zhujian', name: '住建局职工宿舍', kind: 'dormitory', community: 'xinan', near: [-1300, -700], shape: { rect: [75, 40] }, units: ['zhujian'] },
];

export type ZoneFeature = Feature<Polygon | MultiPolygon, ZoneProps>;

export interface BuiltZones {
  zones: ZoneFeature[];
  /** each place's centre in metres: where sample problems can be put inside a zone */
  centres: Map<string, XY>;
}

export function buildZones(seed: number, layout: Layout, shaper: EdgeShaper, proj: Projection, town: Polygon): BuiltZones {
  const zones: ZoneFeature[] = [];
  for (const s of STREETS) {
    const [a, b] = s.through
      ? [nearestOutlineVertex(layout, s.from), nearestOutlineVertex(layout, s.to)]
      : [nearestVertex(layout, s.from), nearestVertex(layout, s.to)];
    const line = pathPoints(layout.graph, roadPath(layout, a, b), shaper).map((p) => proj.toLonLat(p));
    const corridor = turf.buffer(turf.lineString(line), s.width / 2, { units: 'meters', steps: 4 })!;
    const clipped = turf.intersect(turf.featureCollection([corridor, turf.feature(town)]))!;
    zones.push(zone(s.id, s.name, s.kind, [...ZONE_UNITS[s.kind]], tidy(clipped.geometry)));
  }

  const used = new Map<string, number>();
  const centres = new Map<string, XY>();
  for (const p of PLACES) {
    const cell = p.inBlockOf ? used.get(p.inBlockOf)! : freeCell(layout, p, new Set(used.values()));
    used.set(p.id, cell);
    const site = layout.graph.cells[cell].site;
    const centre: XY = [site[0] + (p.offset?.[0] ?? 0), site[1] + (p.offset?.[1] ?? 0)];
    centres.set(p.id, centre);
    const points =
      'rect' in p.shape
        ? rectangle(centre, p.shape.rect, between(rngFor(seed, p.id), -0.35, 0.35))
        : layout.graph.cells[cell].ring.map((v) => shrink(layout.graph.vertices[v], site, (p.shape as { block: number }).block));
    const ring = points.map((q) => proj.toLonLat(q));
    const units = p.units ?? [...ZONE_UNITS[p.kind as keyof typeof ZONE_UNITS]];
    zones.push(zone(p.id, p.name, p.kind, units, { type: 'Polygon', coordinates: [[...ring, ring[0]]] }));
  }
  return { zones, centres };
}

function zone(id: string, name: string, kind: ZoneKind, unitIds: string[], geometry: Polygon | MultiPolygon): ZoneFeature {
  return { type: 'Feature', properties: { id, name, kind, unitIds }, geometry };
}

/** The block (cell) of the community whose centre is nearest the wanted spot, not yet taken. */
function freeCell(layout: Layout, p: Place, taken: ReadonlySet<number>): number {
  const k = COMMUNITIES.findIndex((c) => c.id === p.community);
  const cells = layout.community.map((c, i) => (c === k && !taken.has(i) ? i : -1)).filter((i) => i >= 0);
  return cells.sort((a, b) => dist(layout.graph.cells[a].site, p.near) - dist(layout.graph.cells[b].site, p.near) || a - b)[0];
}

function rectangle(c: XY, [w, h]: XY, angle: number): XY[] {
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const corners: XY[] = [[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]];
  return corners.map(([x, y]) => [c[0] + x * cos - y * sin, c[1] + x * sin + y * cos]);
}

const shrink = (p: XY, c: XY, f: number): XY => [c[0] + (p[0] - c[0]) * f, c[1] + (p[1] - c[1]) * f];

/** Round to 7 decimals and drop the repeats rounding can leave behind. */
function tidy(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const ring = (r: Position[]): Position[] =>
    r.map(([x, y]) => [round7(x), round7(y)]).filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map(ring)) };
}
