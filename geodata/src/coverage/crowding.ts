/**
 * How crowded a polygon's edges are, measured the way the coverage check's noding will meet them:
 * edges bucketed into a uniform grid of cells about the mean edge length across (at most 4n + 16
 * cells, as noding.ts sizes it), and the pairs of edges that share a cell counted. Noding tests
 * each such pair, so this is its work for the polygon alone. A drawn grid has a few pairs per edge;
 * thousands of edges packed millimetres apart (a dense sawtooth) have thousands each, and turn the
 * check quadratic however simple the polygon is.
 *
 * Rings are vertex ranges [starts[r], ends[r]) of xy = [x0, y0, x1, y1, …] without closing positions.
 */
export function crowdedPairs(xy: Float64Array, starts: ArrayLike<number>, ends: ArrayLike<number>, tolerance = 0.001): number {
  let n = 0;
  let minx = Infinity, miny = Infinity, maxx = -Infinity, maxy = -Infinity;
  let sumLen = 0;
  for (let r = 0; r < starts.length; r++) {
    for (let i = starts[r]; i < ends[r]; i++) {
      const j = i + 1 === ends[r] ? starts[r] : i + 1;
      const x = xy[2 * i], y = xy[2 * i + 1];
      if (x < minx) minx = x;
      if (x > maxx) maxx = x;
      if (y < miny) miny = y;
      if (y > maxy) maxy = y;
      sumLen += Math.hypot(xy[2 * j] - x, xy[2 * j + 1] - y);
      n++;
    }
  }
  if (n === 0) return 0;
  let cs = Math.max(sumLen / n, 4 * tolerance);
  const w = maxx - minx + 4 * tolerance, h = maxy - miny + 4 * tolerance;
  let nx = Math.ceil(w / cs) || 1;
  let ny = Math.ceil(h / cs) || 1;
  while (nx * ny > 4 * n + 16) {
    cs *= 1.5;
    nx = Math.ceil(w / cs) || 1;
    ny = Math.ceil(h / cs) || 1;
  }
  const x0 = minx - 2 * tolerance, y0 = miny - 2 * tolerance;
  const cell = (v: number, o: number, m: number) => Math.min(m - 1, Math.max(0, Math.floor((v - o) / cs)));
  const count = new Int32Array(nx * ny);
  let pairs = 0;
  for (let r = 0; r < starts.length; r++) {
    for (let i = starts[r]; i < ends[r]; i++) {
      const j = i + 1 === ends[r] ? starts[r] : i + 1;
      const ax = xy[2 * i], ay = xy[2 * i + 1], bx = xy[2 * j], by = xy[2 * j + 1];
      const cx0 = cell(Math.min(ax, bx) - tolerance, x0, nx), cx1 = cell(Math.max(ax, bx) + tolerance, x0, nx);
      const cy0 = cell(Math.min(ay, by) - tolerance, y0, ny), cy1 = cell(Math.max(ay, by) + tolerance, y0, ny);
      // each edge already in a cell makes one more pair with this one
      for (let cy = cy0; cy <= cy1; cy++) for (let cx = cx0; cx <= cx1; cx++) pairs += count[cy * nx + cx]++;
    }
  }
  return pairs;
}
