import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { SliverMove } from '@wangge/geodata';
import type { EditGrid, GridChange } from './types.ts';

/** What a part of a fix preview is, for the map's paint: see editPreview*Layer. */
export const HIGHLIGHT_ROLES = {
  /** the area that changes hands: drawn strongly */
  moves: 'moves',
  /** the grid that gives it up, in its new shape: dashed outline */
  loses: 'loses',
  /** a vertex a grid gains so its border meets the new shape exactly (no T-junction) */
  vertex: 'vertex',
} as const;

export type HighlightRole = (typeof HIGHLIGHT_ROLES)[keyof typeof HIGHLIGHT_ROLES];
export type Highlight = FeatureCollection<Polygon | MultiPolygon | Point, { role: HighlightRole; grid?: string }>;

const key = (p: Position) => `${p[0]},${p[1]}`;
const positions = (g: Polygon | MultiPolygon): Position[] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat(2);

/**
 * What an overlap fix really changes, instead of every grid it touches: the overlap that moves to
 * the grid keeping it, the shape of the grid that loses it, and the vertices the others gain only
 * to meet it vertex for vertex — drawn as points, so a neighbour that merely gains a vertex does
 * not look as if its whole area changed. A sliver handed to a neighbour is drawn as moving too.
 */
export function overlapFixHighlight(grids: readonly EditGrid[], change: GridChange, moved: Polygon | MultiPolygon, from: string, slivers: readonly SliverMove[] = []): Highlight {
  const features: Highlight['features'] = [{ type: 'Feature', geometry: moved, properties: { role: HIGHLIGHT_ROLES.moves } }];
  // a sliver the cut split off changes hands too, to the neighbour named in the preview's words
  for (const s of slivers) if (s.grid) features.push({ type: 'Feature', geometry: s.geometry, properties: { role: HIGHLIGHT_ROLES.moves, grid: s.grid } });
  const before = new Map(grids.map((g) => [g.properties.id, g]));
  for (const put of change.put) {
    const id = put.properties.id;
    if (id === from) {
      // its new shape is drawn, corners and all
      features.push({ type: 'Feature', geometry: put.geometry, properties: { role: HIGHLIGHT_ROLES.loses, grid: id } });
      continue;
    }
    const had = new Set(positions(before.get(id)?.geometry ?? { type: 'Polygon', coordinates: [] }).map(key));
    const added = new Map<string, Position>();
    for (const p of positions(put.geometry)) if (!had.has(key(p))) added.set(key(p), p);
    for (const p of added.values()) features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: p }, properties: { role: HIGHLIGHT_ROLES.vertex, grid: id } });
  }
  return { type: 'FeatureCollection', features: features as Feature<Polygon | MultiPolygon | Point, { role: HighlightRole; grid?: string }>[] };
}

/** Grids, other than those named in `except`, whose only change is gaining vertices: for the preview's words. */
export function vertexOnlyGrids(highlight: Highlight, except: readonly (string | null | undefined)[]): string[] {
  const ids = new Set<string>();
  for (const f of highlight.features) {
    const grid = f.properties.grid;
    if (f.properties.role === HIGHLIGHT_ROLES.vertex && grid && !except.includes(grid)) ids.add(grid);
  }
  return [...ids];
}
