import type { GridApiProps } from '@wangge/geodata';

export interface SearchHit {
  id: string;
  code: string;
  name: string;
  communityName: string;
  /** the unit whose name matched, when the grid was found through one of its units */
  matchedUnit: string | null;
}

export const SEARCH_LIMIT = 8;

const normalize = (s: string) => s.toLowerCase().replace(/\s+/g, '');

/** Higher is a better match; 0 is no match. Code matches win: people paste codes from documents. */
function score(grid: GridApiProps, q: string): { score: number; unit: string | null } {
  const code = normalize(grid.code);
  const name = normalize(grid.name);
  if (code === q) return { score: 100, unit: null };
  if (name === q) return { score: 95, unit: null };
  if (code.startsWith(q)) return { score: 90, unit: null };
  // the tail of a code is its community + sequence: "001002" is how people say it aloud
  if (q.length >= 3 && /^\d+$/.test(q) && code.endsWith(q)) return { score: 85, unit: null };
  if (name.includes(q)) return { score: 80 - name.indexOf(q), unit: null };
  if (q.length >= 3 && code.includes(q)) return { score: 60, unit: null };
  const unit = grid.unitNames.find((u) => normalize(u).includes(q));
  if (unit) return { score: 50, unit };
  if (normalize(grid.communityName).includes(q)) return { score: 40, unit: null };
  return { score: 0, unit: null };
}

/** Finds grids by code, name, unit name or community name; best first, then by code. */
export function searchGrids(grids: readonly GridApiProps[], query: string, limit = SEARCH_LIMIT): SearchHit[] {
  const q = normalize(query);
  if (q === '') return [];
  return grids
    .map((g) => ({ g, ...score(g, q) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.g.code.localeCompare(b.g.code))
    .slice(0, limit)
    .map(({ g, unit }) => ({ id: g.id, code: g.code, name: g.name, communityName: g.communityName, matchedUnit: unit }));
}
