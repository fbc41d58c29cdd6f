import type { T } from '../../i18n/lang.ts';
import type { Place } from './local-place.ts';

/**
 * Where a pin is in words, as the server will route a problem filed there: the grid (name, code, community),
 * else the community outside the grids and the street office that answers for it.
 */
export function placeWords(t: T, place: Place): string {
  const { grid, community, streetOffice } = place;
  if (grid) {
    // Dafang's grid names already begin with the community ("城北社区第3网格"): saying it twice is noise
    const key = grid.name.includes(grid.communityName) ? 'filing.placeGrid' : 'filing.placeGridIn';
    return t(key, { name: grid.name, code: grid.code, community: grid.communityName });
  }
  if (community) return t('filing.placeOutside', { community: community.name, streetOffice: streetOffice?.name ?? '—' });
  return t('filing.placeNowhere');
}
