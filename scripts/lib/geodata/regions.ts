/**
 * Communities and grids as GeoJSON, with their codes: grids numbered row-major inside their
 * community, every ring walked over the shared, shaped edges of the fabric.
 */
import type { Feature, Polygon } from 'geojson';
import type { CommunityProps, GridProps } from '../../../geodata/src/dataset/types.ts';
import { COMMUNITIES, COUNTY, STREET_OFFICES } from './dafang-facts.ts';
import { ringPoints, type EdgeShaper } from './edges.ts';
import { rowMajorOrder } from './grid-order.ts';
import { centroid, type XY } from './planar.ts';
import { closedRing, type Projection } from './project.ts';
import type { Layout } from './layout.ts';

export interface GridInfo {
  id: string;
  code: string;
  communityId: string;
  /** layout label: community * 100 + part */
  label: number;
  centroid: XY;
  neighbours: Set<string>;
  geometry: Polygon;
}

export interface Regions {
  communities: Feature<Polygon, CommunityProps>[];
  grids: GridInfo[];
  town: Polygon;
}

export function buildRegions(layout: Layout, shaper: EdgeShaper, proj: Projection): Regions {
  const { graph } = layout;
  const polygon = (ring: number[]): Polygon => ({ type: 'Polygon', coordinates: [closedRing(ringPoints(graph, ring, shaper), proj)] });

  const communities = COMMUNITIES.map((c, k) => {
    const office = STREET_OFFICES.find((o) => o.id === c.streetOfficeId)!;
    const properties: CommunityProps = {
      id: c.id,
      code: office.code + c.number,
      name: c.name,
      streetOfficeId: c.streetOfficeId,
      streetOfficeGuessed: c.streetOfficeGuessed,
      gridded: true,
    };
    return { type: 'Feature' as const, properties, geometry: polygon(layout.communityRings.get(k)!) };
  });

  const grids: GridInfo[] = [];
  COMMUNITIES.forEach((c, k) => {
    const code = communities[k].properties.code;
    const labels = [...layout.gridRings.keys()].filter((key) => key.startsWith(`${k}/`));
    const shapes = labels.map((key) => ringPoints(graph, layout.gridRings.get(key)!, shaper));
    const polygons = labels.map((key) => polygon(layout.gridRings.get(key)!));
    const order = rowMajorOrder(communities[k].geometry, polygons);
    order.forEach((i, seq) => {
      const label = k * 100 + Number(labels[i].split('/')[1]);
      grids.push({
        id: `${c.id}-${seq + 1}`,
        code: code + String(seq + 1).padStart(3, '0'),
        communityId: c.id,
        label,
        centroid: centroid(shapes[i]),
        neighbours: new Set(),
        geometry: polygons[i],
      });
    });
  });

  const byLabel = new Map(grids.map((g) => [g.label, g]));
  layout.adj.forEach((list, cell) => {
    for (const n of list) {
      const [a, b] = [byLabel.get(layout.grid[cell])!, byLabel.get(layout.grid[n.cell])!];
      if (a !== b) a.neighbours.add(b.id);
    }
  });
  if (!grids.every((g) => g.code.startsWith(COUNTY.code))) throw new Error('grid code outside the county');
  return { communities, grids, town: polygon(layout.townRing) };
}

export function gridFeature(g: GridInfo, name: string, areaId: string): Feature<Polygon, GridProps> {
  return {
    type: 'Feature',
    properties: { id: g.id, code: g.code, name, communityId: g.communityId, areaId },
    geometry: g.geometry,
  };
}
