import type { FindResponse } from '@wangge/geodata';
import type { SearchHit } from './grid-search.ts';

/** One choice of the header search: a grid, a person in post (opens their grid) or a place (flies to it). */
export type SearchOption =
  | { kind: 'grid'; key: string; hit: SearchHit }
  | { kind: 'person'; key: string; person: FindResponse['people'][number] }
  | { kind: 'place'; key: string; place: FindResponse['places'][number] };

/** The grids found first, then the people and places the server found (a person's grid only once). */
export function searchOptions(grids: readonly SearchHit[], found: FindResponse | null): SearchOption[] {
  const out: SearchOption[] = grids.map((hit) => ({ kind: 'grid', key: `grid:${hit.id}`, hit }));
  for (const person of found?.people ?? []) out.push({ kind: 'person', key: `person:${person.gridId}:${person.name}:${person.phone}`, person });
  for (const place of found?.places ?? []) out.push({ kind: 'place', key: `place:${place.id}`, place });
  return out;
}
