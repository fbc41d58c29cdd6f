import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { CommunitiesResponse, PolygonFeatures } from '@wangge/geodata';
import { polygonLabelPoint } from '../../map/label-points.ts';
import { communityAt, newGridId, newGridProperties } from '../grid-attrs.ts';
import { gridChanged } from '../save-batch.ts';
import type { EditGrid, GridChange } from '../types.ts';

/** replace: the file is the whole set, stored grids it lacks retire · merge: they stay. */
export const IMPORT_MODES = ['replace', 'merge'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** How an import would change the stored grids. */
export interface ImportPlan {
  change: GridChange;
  /** stored grids the file changes in shape or attributes */
  updated: number;
  /** stored grids the file has exactly as they are: matched, kept, and left out of the change */
  unchanged: number;
  created: number;
  retired: number;
  /** features that lie in no community and could not be placed (left out of the change) */
  unplaced: number;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : null);
const list = (v: unknown): string[] | null => (Array.isArray(v) && v.every((x) => typeof x === 'string') && v.length > 0 ? (v as string[]) : null);

/**
 * The change that makes the imported polygons the grids: an imported feature matching a stored
 * grid by id (else by code) replaces its shape and the attributes it carries (and is left out when
 * it carries them unchanged, so a file exported and imported again updates nothing); one matching none
 * becomes a new grid of the community it lies in. Stored grids the file does not have are retired
 * when it replaces them, and kept when it is merged with them.
 */
export function planImport(
  fc: PolygonFeatures,
  stored: readonly EditGrid[],
  communities: CommunitiesResponse,
  name: (community: string) => string,
  mode: ImportMode = 'replace',
): ImportPlan {
  const byId = new Map(stored.map((g) => [g.properties.id, g]));
  const byCode = new Map(stored.map((g) => [g.properties.code, g]));
  const communityById = new Map(communities.features.map((c) => [c.properties.id, c]));
  const put: EditGrid[] = [];
  const kept = new Set<string>();
  let created = 0;
  let unchanged = 0;
  let unplaced = 0;
  const working: EditGrid[] = [...stored];
  for (const f of fc.features as Feature<Polygon | MultiPolygon, Record<string, unknown> | null>[]) {
    const p = f.properties ?? {};
    const match = byId.get(text(p.id) ?? text(f.id) ?? '') ?? byCode.get(text(p.code) ?? '');
    if (match && !kept.has(match.properties.id)) {
      kept.add(match.properties.id);
      const communityId = text(p.communityId) ?? match.properties.communityId;
      const community = communityById.get(communityId)?.properties;
      const next: EditGrid = {
        ...match,
        geometry: f.geometry,
        properties: {
          ...match.properties,
          code: text(p.code) ?? match.properties.code,
          name: text(p.name) ?? match.properties.name,
          communityId: community ? communityId : match.properties.communityId,
          communityName: community?.name ?? match.properties.communityName,
          areaId: text(p.areaId) ?? match.properties.areaId,
          unitIds: list(p.unitIds) ?? match.properties.unitIds,
        },
      };
      if (gridChanged(match, next)) put.push(next);
      else unchanged++;
      continue;
    }
    const parts = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const inside = parts.map(polygonLabelPoint).find((x) => x !== null)?.point;
    const community = (text(p.communityId) && communityById.get(text(p.communityId)!)) || (inside ? communityAt(communities, inside) : null);
    if (!community) {
      unplaced++;
      continue;
    }
    const id = newGridId();
    const neighbour = working.find((g) => g.properties.communityId === community.properties.id);
    const properties = newGridProperties(id, community, working, neighbour, text(p.name) ?? name(community.properties.name));
    if (text(p.code)?.startsWith(community.properties.code) && !working.some((g) => g.properties.code === text(p.code))) properties.code = text(p.code)!;
    if (list(p.unitIds)) properties.unitIds = list(p.unitIds)!;
    const grid: EditGrid = { type: 'Feature', id, geometry: f.geometry, properties };
    put.push(grid);
    working.push(grid);
    created++;
  }
  const retire = mode === 'replace' ? stored.filter((g) => !kept.has(g.properties.id)).map((g) => g.properties.id) : [];
  return { change: { put, delete: retire }, updated: kept.size - unchanged, unchanged, created, retired: retire.length, unplaced };
}
