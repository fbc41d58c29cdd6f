/**
 * The town's layout in metres: the cell fabric, which community and which grid each cell
 * belongs to, and every region's ring of vertex ids.
 */
import { rngFor } from '@wangge/geodata/synthetic/prng';
import { buildFabric, makeOutline } from './town.ts';
import { adjacency, unionRing, type CellGraph, type Neighbour } from './planar.ts';
import { balancedSplit, groupBy, makeContiguous, powerAssign, regionRings } from './partition.ts';
import { COMMUNITIES } from './dafang-facts.ts';

export interface Layout {
  graph: CellGraph;
  adj: Neighbour[][];
  /** per cell: index into COMMUNITIES */
  community: number[];
  /** per cell: community * 100 + grid number inside it (not yet in code order) */
  grid: number[];
  townRing: number[];
  communityRings: Map<number, number[]>;
  /** keyed `${community}/${grid}` */
  gridRings: Map<string, number[]>;
}

export function buildLayout(seed: number): Layout {
  const outline = makeOutline(rngFor(seed, 'outline'), {
    rx: 1850,
    ry: 1550,
    rotation: 0.25,
    wobble: [0.03, 0.06, 0.04, 0.025],
  });
  const graph = buildFabric(rngFor(seed, 'fabric'), outline, {
    halfX: 2900,
    halfY: 2400,
    spacingCentre: 105,
    spacingEdge: 240,
    spacingOutside: 300,
    lloydIterations: 2,
    minEdge: 12,
  });
  const adj = adjacency(graph);
  const sites = graph.cells.map((c) => c.site);

  const community = powerAssign(sites, COMMUNITIES.map((c) => ({ at: c.at, weight: c.weight })));
  makeContiguous(adj, community);
  const communityRings = regionRings(graph, community, 'community');

  const grid = new Array<number>(graph.cells.length).fill(-1);
  for (const [k, cells] of groupBy(community)) {
    const parts = balancedSplit(graph, cells, COMMUNITIES[k].grids);
    cells.forEach((c, i) => (grid[c] = k * 100 + parts[i]));
  }
  makeContiguous(adj, grid, (a, b) => community[a] === community[b]);
  const gridRings = new Map<string, number[]>();
  for (const [k, cells] of groupBy(community)) {
    const local = cells.map((c) => grid[c] % 100);
    const byGrid = groupBy(local);
    if (byGrid.size !== COMMUNITIES[k].grids) throw new Error(`${COMMUNITIES[k].name}: ${byGrid.size} grids`);
    for (const [g, idx] of byGrid) {
      const ring = unionRing(graph, idx.map((i) => cells[i]));
      if (typeof ring === 'string') throw new Error(`${COMMUNITIES[k].name} grid ${g}: ${ring}`);
      gridRings.set(`${k}/${g}`, ring);
    }
  }
  const townRing = unionRing(graph, graph.cells.map((_, i) => i));
  if (typeof townRing === 'string') throw new Error(`town: ${townRing}`);
  return { graph, adj, community, grid, townRing, communityRings, gridRings };
}
