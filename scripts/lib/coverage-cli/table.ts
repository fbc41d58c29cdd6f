import type { CoverageReport, MultiPolygonOrPolygon } from './types.ts';

const area = (m2: number) => `${m2.toFixed(1)} m²`;

/** A representative position: the first vertex of the first outer ring, 6 decimals (≈ 0.1 m). */
function at(g: MultiPolygonOrPolygon): string {
  const p = g.type === 'Polygon' ? g.coordinates[0][0] : g.coordinates[0][0][0];
  return `${p[0].toFixed(6)}, ${p[1].toFixed(6)}`;
}

function columns(head: string[], rows: string[][]): string[] {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  return [head, ...rows].map((r) => '  ' + r.map((c, i) => c.padEnd(w[i])).join('  ').trimEnd());
}

/** The report for people: a summary, then one table per kind of defect. */
export function renderCoverageReport(r: CoverageReport, files: { grids: string; boundary: string | null }, minAreaM2: number): string {
  const s = r.summary;
  const out: string[] = [];
  out.push(`Coverage of ${files.grids}${files.boundary ? ` against ${files.boundary}` : ''}`);
  out.push(`  grids ${s.grids} · boundaries ${s.boundaries} · covered ${s.coveredPct} %`);
  out.push(`  overlaps ${s.overlapCount} (${area(s.overlapAreaM2)}) · gaps ${s.gapCount} (${area(s.gapAreaM2)}) · outside ${s.outsideCount} (${area(s.outsideAreaM2)}) · invalid ${s.invalidCount}`);
  if (s.ignoredPieces) out.push(`  ${s.ignoredPieces} piece(s) under ${minAreaM2} m² ignored as noise (${area(s.ignoredAreaM2)} in all)`);
  if (r.overlaps.length) {
    out.push('', 'Overlaps');
    out.push(...columns(['grid', 'grid', 'area', 'at'], r.overlaps.map((o) => [String(o.grids[0]), String(o.grids[1]), area(o.areaM2), at(o.geometry)])));
  }
  if (r.gaps.length) {
    out.push('', 'Gaps');
    out.push(...columns(['boundary', 'area', 'neighbouring grids', 'at'], r.gaps.map((g) => [g.boundary === null ? '—' : String(g.boundary), area(g.areaM2), g.neighbors.join(' ') || '—', at(g.geometry)])));
  }
  if (r.outside.length) {
    out.push('', 'Outside');
    out.push(...columns(['grid', 'boundary', 'area', 'at'], r.outside.map((o) => [String(o.grid), o.boundary === null ? '—' : String(o.boundary), area(o.areaM2), at(o.geometry)])));
  }
  if (r.invalid.length) {
    out.push('', 'Invalid grids');
    out.push(...columns(['grid', 'reason', 'at'], r.invalid.map((i) => [String(i.grid), i.reason, i.at ? i.at.map((v) => (typeof v === 'number' ? String(v) : 'null')).join(', ') : '—'])));
  }
  if (r.warnings.length) {
    const byKind = new Map<string, number>();
    for (const w of r.warnings) byKind.set(w.kind, (byKind.get(w.kind) ?? 0) + 1);
    out.push('', `Warnings (do not count as defects): ${[...byKind].map(([k, n]) => `${n} ${k}`).join(', ')}`);
    for (const w of r.warnings.slice(0, 20)) {
      const who = [...w.grids.map(String), ...(w.boundary !== undefined && w.boundary !== null ? [`boundary ${w.boundary}`] : [])].join(' / ');
      const extra = w.count !== undefined ? ` ×${w.count}` : w.areaM2 !== undefined ? ` ${area(w.areaM2)}` : w.reason ? ` ${w.reason}` : '';
      out.push(`  ${w.kind}: ${who}${extra}${w.at ? ` at ${w.at.join(', ')}` : ''}`);
    }
    if (r.warnings.length > 20) out.push(`  … and ${r.warnings.length - 20} more (see --json)`);
  }
  out.push('', r.ok ? 'No defects: every grid valid, no overlaps, no gaps, nothing outside.' : 'Defects found.');
  return out.join('\n') + '\n';
}
