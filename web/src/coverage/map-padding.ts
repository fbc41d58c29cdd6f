import type { PaddingOptions } from 'maplibre-gl';

/** Below this width task views are a sheet under the map (drawer.css), so nothing covers the map's side. */
const NARROW_MAX_WIDTH = 760;

/** Room to leave when fitting the map, measured from the open drawer, so what is shown is not under it. */
export function drawerPadding(): PaddingOptions {
  if (window.innerWidth <= NARROW_MAX_WIDTH) return { top: 32, bottom: 32, left: 32, right: 32 };
  const drawer = document.querySelector('.drawer')?.getBoundingClientRect();
  return { top: 56, bottom: 56, left: 56, right: (drawer?.width ?? 0) + 56 };
}
