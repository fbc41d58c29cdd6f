import type { PaddingOptions } from 'maplibre-gl';
import { isPhone } from '../theme/breakpoints.ts';

/**
 * Room to leave when fitting the map, measured from the open drawer, so what is shown is not under
 * it. On a phone task views are a sheet under the map, so nothing covers the map's side.
 */
export function drawerPadding(): PaddingOptions {
  if (isPhone()) return { top: 32, bottom: 32, left: 32, right: 32 };
  const drawer = document.querySelector('.drawer')?.getBoundingClientRect();
  return { top: 56, bottom: 56, left: 56, right: (drawer?.width ?? 0) + 56 };
}
