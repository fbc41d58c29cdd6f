import type { Position } from 'geojson';

/**
 * GCJ-02 ⇄ BD-09 (百度/Baidu): Baidu's further offset of GCJ-02, a small rotation and scaling about
 * the origin plus a shift of (0.0065°, 0.006°). The usual closed-form inverse is good to ~1e-6°;
 * a few fixed-point steps on top take it to 1e-12°.
 */
const X_PI = (Math.PI * 3000.0) / 180.0;

export function gcj02ToBd09(p: Position): Position {
  const [x, y] = p;
  const z = Math.sqrt(x * x + y * y) + 0.00002 * Math.sin(y * X_PI);
  const theta = Math.atan2(y, x) + 0.000003 * Math.cos(x * X_PI);
  return [z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006, ...p.slice(2)];
}

export function bd09ToGcj02(p: Position): Position {
  const [lon, lat] = p;
  const x0 = lon - 0.0065;
  const y0 = lat - 0.006;
  const z = Math.sqrt(x0 * x0 + y0 * y0) - 0.00002 * Math.sin(y0 * X_PI);
  const theta = Math.atan2(y0, x0) - 0.000003 * Math.cos(x0 * X_PI);
  let x = z * Math.cos(theta);
  let y = z * Math.sin(theta);
  for (let i = 0; i < 10; i++) {
    const [bx, by] = gcj02ToBd09([x, y]);
    const dx = bx - lon;
    const dy = by - lat;
    x -= dx;
    y -= dy;
    if (Math.abs(dx) < 1e-12 && Math.abs(dy) < 1e-12) break;
  }
  return [x, y, ...p.slice(2)];
}
