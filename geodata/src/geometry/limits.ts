/**
 * How big a grid may be. A traced grid has hundreds to a few thousand vertices (Dafang's 30:
 * 1,932 in all, the largest 152); a boundary traced from a survey may have more. The caps leave
 * that room and bound what one save costs the server: the validity check is O(n log n), some
 * 2–3 µs per vertex on its worst shape (a sawtooth) once warm on the 2-core development machine,
 * so a grid at the cap is checked in ~40–70 ms. Anything larger — the load test's 50,000-vertex
 * grid, a 1,000,000-vertex circle — is refused from its ring lengths alone, before a position is read.
 */
export const MAX_GRID_VERTICES = 20_000;

/**
 * A save changes a few grids (a split writes two, moving a corner up to four): two and a half
 * grids at the cap, or a dozen large real ones, and at most ~0.15 s of checking in the worst case.
 */
export const MAX_SAVE_VERTICES = 50_000;

/**
 * How closely a grid's edges may be packed, as pairs of edges sharing a cell of the coverage
 * check's noding grid, per edge (coverage/crowding.ts). The check's cost grows with it: Dafang's
 * grids and communities have at most 1.8, the bench's synthetic cells 2.3, a circle of 20,000
 * vertices 12.7; a 20,000-vertex sawtooth with teeth 5 cm apart has 402 and one with teeth 2 mm
 * apart 10,000, where checking the coverage took 1.2 s and 6–11 s of CPU against 0.7 s at 57.
 * Such a grid is valid but no one draws it, and the county's check after every save would pay.
 */
export const MAX_EDGE_CROWDING = 64;

/**
 * A request body that can hold a save at the cap: a position written out in full
 * ("[-179.12345678901234,-89.123456789012345],") takes at most ~44 bytes, plus room for the
 * grids' other fields. For the HTTP layer's body limit on grid saves.
 */
export const MAX_SAVE_BODY_BYTES = MAX_SAVE_VERTICES * 48 + 64 * 1024;

/**
 * The most '[' characters a save's JSON body may hold: a body with more has more than `maxVertices`
 * vertices, so the server refuses it while reading it, before it is parsed. A polygon of rings with
 * n ≥ 3 vertices each is written with 1 + Σ(n + 2) ≤ 2·Σn brackets (its array, each ring's, each of
 * the n + 1 positions'), a MultiPolygon one more. One geometry (a grid's PUT): at most 2V + 1. A
 * batch of G grids, each with up to two lists besides its geometry (units, people): at most
 * 2V + 3G ≤ 3V, as G ≤ V / 3. Both with 1,024 to spare for anything else.
 */
export function maxBodyBrackets(maxVertices: number, geometries: 'one' | 'many'): number {
  return (geometries === 'one' ? 2 : 3) * maxVertices + 1024;
}

/**
 * Vertices of a Polygon or MultiPolygon as written: positions less each ring's closing one.
 * Reads ring lengths only, so a million-vertex geometry is counted in the time of its rings;
 * malformed parts count as nothing (sanitising reports them).
 */
export function countVertices(geometry: unknown): number {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (!g || typeof g !== 'object' || !Array.isArray(g.coordinates)) return 0;
  const polys: unknown[] = g.type === 'MultiPolygon' ? g.coordinates : g.type === 'Polygon' ? [g.coordinates] : [];
  let n = 0;
  for (const poly of polys) {
    if (!Array.isArray(poly)) continue;
    for (const ring of poly) if (Array.isArray(ring) && ring.length > 0) n += ring.length - 1;
  }
  return n;
}

export type LimitCheck = { ok: true; vertices: number } | { ok: false; code: 'too_many_vertices'; message: string };

/** One grid against MAX_GRID_VERTICES, with a message naming the grid and its count. */
export function checkGridSize(id: string, geometry: unknown): LimitCheck {
  const vertices = countVertices(geometry);
  if (vertices <= MAX_GRID_VERTICES) return { ok: true, vertices };
  return {
    ok: false,
    code: 'too_many_vertices',
    message: `grid ${id} has ${vertices} vertices; a grid may have at most ${MAX_GRID_VERTICES} (simplify its boundary or split it)`,
  };
}

/** Every geometry of one save together against MAX_SAVE_VERTICES. */
export function checkSaveSize(items: readonly { id: string; geometry: unknown }[]): LimitCheck {
  let vertices = 0;
  for (const it of items) vertices += countVertices(it.geometry);
  if (vertices <= MAX_SAVE_VERTICES) return { ok: true, vertices };
  return {
    ok: false,
    code: 'too_many_vertices',
    message: `this save has ${vertices} vertices in ${items.length} grids; one save may have at most ${MAX_SAVE_VERTICES} (save fewer grids at a time)`,
  };
}
