import type { BurstResult } from './burst.ts';
import type { Driven } from './drive.ts';

export interface RunRow {
  setup: string;
  route: string;
  result: Driven;
}

const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(x < 10 ? 1 : 0) : '–');

/** The results as one markdown table, ready for the README. */
export function markdownTable(rows: readonly RunRow[], bursts: readonly { setup: string; result: BurstResult }[], clients: number): string {
  const out = [`| backend | route (${clients} concurrent) | p50 ms | p99 ms | req/s | errors |`, '|---|---|---:|---:|---:|---:|'];
  for (const { setup, route, result: r } of rows) out.push(`| ${setup} | ${route} | ${ms(r.p50)} | ${ms(r.p99)} | ${r.throughput.toFixed(0)} | ${r.errors} |`);
  for (const { setup, result: b } of bursts) {
    const other = Object.entries(b.other).map(([k, n]) => `${n}× ${k}`).join(', ');
    out.push(`| ${setup} | Monday burst: ${b.sent} POST /api/reports | ${ms(b.p50)} | ${ms(b.p99)} | – | ${b.sent - b.created}${other ? ` (${other})` : ''}; ${b.stored}/${b.created} 201s stored |`);
  }
  return out.join('\n');
}
