/** How two segments of the projected plane meet, in plain floating point like the rest of the check. */

export type Contact = { kind: 'proper' | 'touch' | 'overlap'; at: [number, number] };

export function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

function onSegment(ax: number, ay: number, bx: number, by: number, px: number, py: number): boolean {
  return Math.min(ax, bx) <= px && px <= Math.max(ax, bx) && Math.min(ay, by) <= py && py <= Math.max(ay, by);
}

/** How two segments meet: a proper crossing, a touch at a point, a shared stretch — or not at all. */
export function segmentContact(
  ax: number, ay: number, bx: number, by: number,
  cx: number, cy: number, dx: number, dy: number,
): Contact | null {
  const d1 = orient(cx, cy, dx, dy, ax, ay);
  const d2 = orient(cx, cy, dx, dy, bx, by);
  const d3 = orient(ax, ay, bx, by, cx, cy);
  const d4 = orient(ax, ay, bx, by, dx, dy);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
    const t = d1 / (d1 - d2);
    return { kind: 'proper', at: [ax + t * (bx - ax), ay + t * (by - ay)] };
  }
  if (d1 === 0 && d2 === 0) {
    const along = Math.abs(bx - ax) >= Math.abs(by - ay);
    const lo = Math.max(along ? Math.min(ax, bx) : Math.min(ay, by), along ? Math.min(cx, dx) : Math.min(cy, dy));
    const hi = Math.min(along ? Math.max(ax, bx) : Math.max(ay, by), along ? Math.max(cx, dx) : Math.max(cy, dy));
    if (hi < lo) return null;
    const at: [number, number] = onSegment(cx, cy, dx, dy, ax, ay) ? [ax, ay] : onSegment(cx, cy, dx, dy, bx, by) ? [bx, by] : [cx, cy];
    return { kind: hi > lo ? 'overlap' : 'touch', at };
  }
  if (d1 === 0 && onSegment(cx, cy, dx, dy, ax, ay)) return { kind: 'touch', at: [ax, ay] };
  if (d2 === 0 && onSegment(cx, cy, dx, dy, bx, by)) return { kind: 'touch', at: [bx, by] };
  if (d3 === 0 && onSegment(ax, ay, bx, by, cx, cy)) return { kind: 'touch', at: [cx, cy] };
  if (d4 === 0 && onSegment(ax, ay, bx, by, dx, dy)) return { kind: 'touch', at: [dx, dy] };
  return null;
}
