import type { UnitHolding } from '@wangge/geodata';

export interface GridChoice {
  id: string;
  code: string;
  name: string;
}

/** What the unit holds from now on as the grids form starts: each open holding (no end), lead or member. */
export function openPicks(holdings: readonly UnitHolding[]): Map<string, boolean> {
  return new Map(holdings.filter((h) => h.to === null).map((h) => [h.gridId, h.lead]));
}

/** The grids whose code or name holds every word of `query` (any case), picked ones first, then by code. */
export function gridChoices(grids: readonly GridChoice[], query: string, picked: ReadonlyMap<string, boolean>): GridChoice[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return grids
    .filter((g) => words.every((w) => g.code.includes(w) || g.name.toLowerCase().includes(w)))
    .sort((a, b) => Number(picked.has(b.id)) - Number(picked.has(a.id)) || a.code.localeCompare(b.code));
}

/** Whether the picks differ from what the unit holds now (a save that changes nothing is not sent). */
export function picksChanged(before: ReadonlyMap<string, boolean>, after: ReadonlyMap<string, boolean>): boolean {
  return before.size !== after.size || [...after].some(([id, lead]) => before.get(id) !== lead);
}
