import { STATUS_COLORS, type Status } from '@wangge/geodata';
import { GRID_FILL_OPACITY } from '../grids/grids.layer.ts';
import { MAP_COLORS } from '../map/theme.ts';

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** `top` at `alpha` over an opaque `under`, as #rrggbb: what the eye (and the PNG) sees. */
export function blend(top: string, under: string, alpha: number): string {
  const t = channels(top);
  const u = channels(under);
  return `#${t.map((c, i) => Math.round(alpha * c + (1 - alpha) * u[i]).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * A status as the map draws it: the see-through grid fill over the community ground. Legend
 * swatches use this opaque colour, so a swatch and the grids it explains are the same on paper.
 */
export function statusPrintColor(status: Status): string {
  return blend(STATUS_COLORS[status], MAP_COLORS.communityFill, GRID_FILL_OPACITY);
}
