import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { GapAssignment, SliverMove } from '@wangge/geodata';
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

type HighlightFeature = Highlight['features'][number];

const key = (p: Position) => `${p[0]},${p[1]}`;
const positions = (g: Polygon | MultiPolygon): Position[] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat(2);
const piece = (geometry: Polygon | MultiPolygon, role: HighlightRole, grid?: string): HighlightFeature => ({ type: 'Feature', geometry, properties: grid ? { role, grid } : { role } });

/**
 * The parts every fix preview shares: the pieces that change hands, drawn filled; the grid named in
 * `outlined` in its new shape; and, for every other changed grid except `silent`, the vertices it
 * gains, as points — so a neighbour that merely gains a vertex does not look as if its area changed.
 */
function fixHighlight(
  grids: readonly EditGrid[],
  change: GridChange,
  moving: readonly { geometry: Polygon | MultiPolygon; grid?: string }[],
  outlined: string | null,
  silent: ReadonlySet<string> = new Set(),
): Highlight {
  const features: HighlightFeature[] = moving.map((m) => piece(m.geometry, HIGHLIGHT_ROLES.moves, m.grid));
  const before = new Map(grids.map((g) => [g.properties.id, g]));
  for (const put of change.put) {
    const id = put.properties.id;
    if (id === outlined) {
      // its new shape is drawn, corners and all
      features.push(piece(put.geometry, HIGHLIGHT_ROLES.loses, id));
      continue;
    }
    if (silent.has(id)) continue;
    const had = new Set(positions(before.get(id)?.geometry ?? { type: 'Polygon', coordinates: [] }).map(key));
    const added = new Map<string, Position>();
    for (const p of positions(put.geometry)) if (!had.has(key(p))) added.set(key(p), p);
    for (const p of added.values()) features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: p }, properties: { role: HIGHLIGHT_ROLES.vertex, grid: id } });
  }
  return { type: 'FeatureCollection', features: features as Feature<Polygon | MultiPolygon | Point, { role: HighlightRole; grid?: string }>[] };
}

/**
 * What an overlap fix really changes, instead of every grid it touches: the overlap that moves to
 * the grid keeping it, the shape of the grid that loses it, and the vertices the others gain only
 * to meet it vertex for vertex. A sliver handed to a neighbour is drawn as moving too, named for it.
 */
export function overlapFixHighlight(grids: readonly EditGrid[], change: GridChange, moved: Polygon | MultiPolygon, from: string, slivers: readonly SliverMove[] = []): Highlight {
  const moving = [{ geometry: moved }, ...slivers.flatMap((s) => (s.grid ? [{ geometry: s.geometry, grid: s.grid }] : []))];
  return fixHighlight(grids, change, moving, from);
}

/**
 * What a gap fix really changes: each part of the gap, filled and named for the grid that takes it,
 * and the vertices other grids gain so their borders meet the grown grid. A grid that takes a part
 * shows no points: the piece it gains is its change, corners and all. No grid loses area.
 */
export function gapFixHighlight(grids: readonly EditGrid[], change: GridChange, assigned: readonly Pick<GapAssignment, 'grid' | 'geometry'>[]): Highlight {
  return fixHighlight(grids, change, assigned, null, new Set(assigned.map((a) => a.grid)));
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
